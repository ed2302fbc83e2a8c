-- Indexes for the mailboxes page at national scale (bench/run: mailbox_grid_*, see bench/README.md).
-- Each member's latest mailbox is joined as "a mailbox of the member with no newer one": (member_id, id) answers
-- both lookups from the index alone.
CREATE INDEX ix_mailbox_member_latest ON mailbox (member_id, id);
-- The working-mailbox filters of one Order (expiring, at risk) read state, expiry, renewal and card from the index
-- alone; it replaces (order_id, state, expires_on), its prefix (created first: the order_id foreign key needs one).
CREATE INDEX ix_mailbox_order_working ON mailbox (order_id, state, expires_on, auto_renewal, card_valid_until, member_id);
DROP INDEX ix_mailbox_order_state_expiry ON mailbox;
