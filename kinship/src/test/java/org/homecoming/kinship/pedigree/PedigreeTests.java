package org.homecoming.kinship.pedigree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PedigreeTests {

    @Nested
    class Queries {
        final Pedigree p = Pedigree.nuclear("FA", "MO", "S1", "S2");

        @Test
        void nuclearFamilyHasTwoFoundersAndTwoSons() {
            assertThat(p.founders()).containsExactly("FA", "MO");
            assertThat(p.children("FA")).containsExactly("S1", "S2");
            assertThat(p.sex(p.indexOf("S1"))).isEqualTo(Sex.MALE);
            assertThat(p.father(p.indexOf("S2"))).isEqualTo(p.indexOf("FA"));
            assertThat(p.indexOf("nobody")).isEqualTo(-1);
        }

        @Test
        void parentsMayBeAddedAfterTheirChildren() {
            Pedigree q = Pedigree.builder().person("C", "F", "M", Sex.FEMALE).founder("F", Sex.MALE)
                    .founder("M", Sex.FEMALE).build();
            assertThat(q.ids()).containsExactly("C", "F", "M");
            assertThat(q.isFounder(0)).isFalse();
        }

        @Test
        void disjointFamiliesAreTwoComponents() {
            Pedigree two = p.union(Pedigree.singleton("V", Sex.MALE));
            assertThat(two.components()).hasSize(2);
            assertThat(two.components().get(1).ids()).containsExactly("V");
        }

        @Test
        void relabelRenamesPersonsAndParents() {
            Pedigree q = p.relabel(Map.of("S1", "MP", "FA", "AF"));
            assertThat(q.fatherOf("MP")).contains("AF");
        }
    }

    @Nested
    class Loops {
        @Test
        void nuclearFamilyHasNoLoop() {
            assertThat(Pedigree.nuclear("FA", "MO", "A", "B").hasLoops()).isFalse();
        }

        @Test
        void halfSiblingsHaveNoLoop() {
            assertThat(Pedigree.halfSiblings("FA", "A", "B").hasLoops()).isFalse();
        }

        @Test
        void childOfHalfSiblingsIsInbred() {
            Pedigree p = Pedigree.builder().founder("FA", Sex.MALE).founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                    .person("A", "FA", "M1", Sex.MALE).person("B", "FA", "M2", Sex.FEMALE)
                    .person("C", "A", "B", Sex.MALE).build();
            assertThat(p.hasLoops()).isTrue();
        }

        @Test
        void twoBrothersMarryingTwoSistersMakeAMarriageLoop() {
            Pedigree p = Pedigree.builder().founder("F1", Sex.MALE).founder("M1", Sex.FEMALE)
                    .founder("F2", Sex.MALE).founder("M2", Sex.FEMALE)
                    .person("B1", "F1", "M1", Sex.MALE).person("B2", "F1", "M1", Sex.MALE)
                    .person("S1", "F2", "M2", Sex.FEMALE).person("S2", "F2", "M2", Sex.FEMALE)
                    .person("C1", "B1", "S1", Sex.MALE).person("C2", "B2", "S2", Sex.MALE).build();
            assertThat(p.hasLoops()).isTrue();
        }
    }

    @Nested
    class InputErrors {
        @Test
        void unknownParentIsNamed() {
            assertThatThrownBy(() -> Pedigree.builder().founder("F", Sex.MALE).person("C", "F", "M", Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("person C has unknown mother M");
        }

        @Test
        void oneParentOnlyIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("F", Sex.MALE).person("C", "F", null, Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person C has only one parent (father F, mother null): give both or neither");
        }

        @Test
        void duplicateIdIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("A", Sex.MALE).founder("A", Sex.FEMALE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate person id: A");
        }

        @Test
        void femaleFatherIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("F", Sex.FEMALE).founder("M", Sex.FEMALE)
                    .person("C", "F", "M", Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("person C has father F who is female");
        }

        @Test
        void maleMotherIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.MALE)
                    .person("C", "F", "M", Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("person C has mother M who is male");
        }

        @Test
        void cycleIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("M", Sex.FEMALE).person("A", "B", "M", Sex.MALE)
                    .person("B", "A", "M", Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("is their own ancestor (cycle in the pedigree)");
        }

        @Test
        void sameFatherAndMotherIsRefused() {
            assertThatThrownBy(() -> Pedigree.builder().founder("P", Sex.UNKNOWN).person("C", "P", "P", Sex.MALE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("person C has P as both father and mother");
        }

        @Test
        void joiningPedigreesThatShareAnIdIsRefused() {
            assertThatThrownBy(() -> Pedigree.singleton("A", Sex.MALE).union(Pedigree.singleton("A", Sex.MALE)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("pedigrees to join share the id A");
        }
    }
}
