/**
 * People Finder Interchange Format 1.4: {@link org.homecoming.server.archive.pfif.PfifWriter} and
 * {@link org.homecoming.server.archive.pfif.PfifReader} for documents of
 * {@link org.homecoming.server.archive.pfif.PfifPerson} and
 * {@link org.homecoming.server.archive.pfif.PfifNote} records,
 * {@link org.homecoming.server.archive.pfif.PersonPfif} to map registry persons, and
 * {@link org.homecoming.server.archive.pfif.Pfif} for the format's constants and value rules.
 */
package org.homecoming.server.archive.pfif;
