package org.homecoming.simulator;

import java.util.TreeSet;
import org.homecoming.programme.Relationship;
import org.homecoming.simulator.people.Name;

/**
 * A person of a simulated family, the missing person included; mutable only while the family is built.
 * {@code father} and {@code mother} are both null for a founder.
 */
final class SimulatedRelative {

    final Relationship relationship;
    final boolean missingPerson;
    final boolean male;
    final int birthYear;
    final SimulatedRelative father;
    final SimulatedRelative mother;
    final Name name;
    boolean nameKnown = true;
    boolean living;
    boolean typed;
    boolean included;
    int[] genotype;
    int[] y;
    TreeSet<String> mt;
    int yLine;
    int mtLine;
    String id = "";

    SimulatedRelative(Relationship relationship, boolean missingPerson, boolean male, int birthYear, SimulatedRelative father,
            SimulatedRelative mother, Name name) {
        this.relationship = relationship;
        this.missingPerson = missingPerson;
        this.male = male;
        this.birthYear = birthYear;
        this.father = father;
        this.mother = mother;
        this.name = name;
    }

    boolean isFounder() {
        return father == null;
    }
}
