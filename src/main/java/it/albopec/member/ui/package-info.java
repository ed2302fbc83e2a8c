/** Views of the register: the list of members, a member's record, the editor and the status actions. */
package it.albopec.member.ui;
