package it.albopec.member;

import java.util.Optional;

import it.albopec.base.DashboardTile;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ADMIN's and FINANCE's figures: the Order's members per status, each leading to the register filtered by it. */
@Configuration(proxyBeanMethods = false)
class MemberDashboardTiles {

    // one bean per status: the dashboard collects DashboardTile beans, not lists of them
    @Bean
    DashboardTile activeMembersTile(MemberService members, CurrentUser currentUser) {
        return new StatusTile(members, currentUser, MemberStatus.ACTIVE);
    }

    @Bean
    DashboardTile suspendedMembersTile(MemberService members, CurrentUser currentUser) {
        return new StatusTile(members, currentUser, MemberStatus.SUSPENDED);
    }

    @Bean
    DashboardTile transferredMembersTile(MemberService members, CurrentUser currentUser) {
        return new StatusTile(members, currentUser, MemberStatus.TRANSFERRED);
    }

    @Bean
    DashboardTile struckOffMembersTile(MemberService members, CurrentUser currentUser) {
        return new StatusTile(members, currentUser, MemberStatus.STRUCK_OFF);
    }

    @Bean
    DashboardTile deceasedMembersTile(MemberService members, CurrentUser currentUser) {
        return new StatusTile(members, currentUser, MemberStatus.DECEASED);
    }

    private record StatusTile(MemberService members, CurrentUser currentUser, MemberStatus status) implements DashboardTile {

        @Override
        public int order() {
            return 10 + status.ordinal();
        }

        @Override
        public Optional<Figure> figure() {
            if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
                return Optional.empty();
            }
            long count = members.count(new MemberFilter(null, null, status, null, null));
            return Optional.of(new Figure("member.dashboard." + status.name(), String.valueOf(count), "members?status=" + status.name()));
        }
    }
}
