package org.homecoming.simulator;

import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.simulator.people.Gazetteer.Province;
import org.homecoming.simulator.people.Name;

/** A simulated missing person: the record as written, and the facts the rest of the simulation draws on. */
record Casualty(MissingPersonRow record, Name name, boolean male, int birthYear, int lossYear, boolean us,
        boolean aircraft, Province lossProvince, GeoPoint lossPoint) {
}
