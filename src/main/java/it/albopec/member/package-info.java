/**
 * The register (albo) of the Order: its members, doctors and dentists, with their codice fiscale, register
 * sections and status. Other modules read members through {@link it.albopec.member.MemberService} and learn
 * that a member left the Order from the {@link it.albopec.member.MemberLeftOrder} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member")
@org.jspecify.annotations.NullMarked
package it.albopec.member;
