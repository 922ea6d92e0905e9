package org.homecoming.simulator;

import org.homecoming.simulator.people.Gazetteer.Province;
import org.homecoming.simulator.people.Name;
import org.homecoming.simulator.programme.GeoPoint;
import org.homecoming.simulator.programme.MissingPerson;

/** A simulated missing person: the record as written, and the facts the rest of the simulation draws on. */
record Casualty(MissingPerson record, Name name, boolean male, int birthYear, int lossYear, boolean us,
        boolean aircraft, Province lossProvince, GeoPoint lossPoint) {
}
