/**
 * The INI-PEC feed: the file by which the Order tells the national index of professionals' PEC addresses (INI-PEC)
 * which addresses of its members are new, changed or gone since the last feed (DL 185/2008 art. 16 c. 7: the Orders
 * publish their members' PEC; DL 76/2020 art. 37: the PEC is the professional's digital domicile). Keeps a log of
 * feeds with their files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "INI-PEC")
@org.jspecify.annotations.NullMarked
package it.albopec.inipec;
