package it.albopec.member.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import it.albopec.base.DashboardTile;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** ADMIN's and FINANCE's figures: the Order's members per status, each leading to the register filtered by it. */
@Component
class MemberDashboardTiles implements DashboardTile {

    private final MemberService members;
    private final CurrentUser currentUser;

    MemberDashboardTiles(MemberService members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
            return List.of();
        }
        Map<MemberStatus, Long> counts = members.countByStatus(); // one GROUP BY for the five figures
        return Arrays.stream(MemberStatus.values())
                .map(status -> new Figure("member.dashboard." + status.name(), String.valueOf(counts.getOrDefault(status, 0L)),
                        "members?status=" + status.name()))
                .toList();
    }
}
