-- Issue 11: "gratuito" only for the helpdesk numbers the Orders' instructions call free (Bolzano: "Il servizio clienti
-- (gratuito) è raggiungibile al numero 0575/05 05 o al numero 02/ 500 41 305"; Foggia's 0575/0500 and 0575/0504 are not
-- called free). One flag for all numbers becomes the list of the free ones; a provider flagged free keeps all its numbers
-- free until the operator corrects the list.
ALTER TABLE provider ADD COLUMN helpdesk_free_phones VARCHAR(1000) NULL;
UPDATE provider p
SET p.helpdesk_free_phones = (SELECT GROUP_CONCAT(h.phone ORDER BY h.position SEPARATOR '\n')
                              FROM provider_helpdesk_phone h WHERE h.provider_id = p.id)
WHERE p.helpdesk_free = TRUE;
