/** Views of the register: the list of members, a member's record, the editor and the status actions. */
@org.jspecify.annotations.NullMarked
package it.albopec.member.ui;
