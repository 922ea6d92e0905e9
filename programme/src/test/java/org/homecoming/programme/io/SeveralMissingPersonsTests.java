package org.homecoming.programme.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.SearchFamily;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family with two missing brothers: the second is a row of {@code family_members.csv} whose id is
 * his {@code missing_persons.csv} id (docs/formats.md, "Several missing persons in one family").
 */
class SeveralMissingPersonsTests {

    @TempDir
    Path dir;

    private Path programme() throws IOException {
        try (InputStream in = SeveralMissingPersonsTests.class.getResourceAsStream("brothers-programme")) {
            return new FuzzedDirectory(dir, List.of("frequencies.txt", "missing_persons.csv", "family_members.csv",
                    "remains.csv", "profiles.csv", "lineage.csv")).write(in.readAllBytes());
        }
    }

    private Programme read() {
        return ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults());
    }

    private void replace(String file, String from, String to) throws IOException {
        Path f = dir.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void append(String file, String row) throws IOException {
        Files.writeString(dir.resolve(file), row + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void bothBrothersAreSearchedInTheSameFamilyPedigree() throws IOException {
        programme();
        Programme p = read();
        assertThat(p.families()).extracting(SearchFamily::family, SearchFamily::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-1", "MP-1"),
                        org.assertj.core.groups.Tuple.tuple("F-1", "MP-2"),
                        org.assertj.core.groups.Tuple.tuple("F-2", "MP-3"));
        SearchFamily first = p.families().get(0);
        SearchFamily second = p.families().get(1);
        assertThat(second.pedigree()).isEqualTo(first.pedigree());
        assertThat(second.references().persons()).containsExactlyInAnyOrder("FM-1", "FM-2");
        Pedigree ped = p.pedigree("MP-2");
        assertThat(ped.fatherOf("MP-2")).contains("FM-1");
        assertThat(ped.fatherOf("MP-1")).contains("FM-1");
        assertThat(ped.motherOf("MP-2")).contains("FM-2");
        assertThat(p.untypedFamilies()).isZero();
    }

    @Test
    void aBrotherMayBeTheParentOfAReference() throws IOException {
        programme();
        append("family_members.csv", "FM-5,F-1,MP-1,,F,1950,IN_LAW,,,false,false,false,,");
        append("family_members.csv", "FM-6,F-1,MP-1,Nguyễn Văn Cháu,M,1970,NEPHEW,MP-2,FM-5,true,true,true,2024-01-01,");
        append("profiles.csv", "DNA-FM-6,FAMILY_MEMBER,FM-6,PPF6C,D3S1358,15,18,OK");
        Programme p = read();
        assertThat(p.pedigree("MP-1").fatherOf("FM-6")).contains("MP-2");
        assertThat(p.families().get(1).references().persons()).containsExactlyInAnyOrder("FM-1", "FM-2", "FM-6");
    }

    @Nested
    class Errors {

        @Test
        void aProfileOfAPlacedMissingPersonIsRefused() throws IOException {
            programme();
            append("profiles.csv", "DNA-MP-2,FAMILY_MEMBER,MP-2,PPF6C,D3S1358,15,17,OK");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("profiles.csv:6: subject_id: 'MP-2' is a missing person of family F-1, not a reference: "
                            + "it has no profile");
        }

        @Test
        void aLineageHaplotypeOfAPlacedMissingPersonIsRefused() throws IOException {
            programme();
            append("lineage.csv", "DNA-MP-2,FAMILY_MEMBER,MP-2,MTDNA,16024-576:16223T");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("lineage.csv:2: subject_id: 'MP-2' is a missing person of family F-1, not a reference: "
                            + "it has no profile");
        }

        @Test
        void aPlacedMissingPersonWhoAlsoHasHisOwnFamilyIsRefused() throws IOException {
            programme();
            append("family_members.csv", "FM-7,F-3,MP-2,Nguyễn Văn Con,M,1970,SON,MP-2,FM-8,true,true,true,2024-01-01,");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:7: missing_person_id: missing person 'MP-2' is already in family F-1");
        }

        @Test
        void aMissingPersonPlacedInAFamilyAfterHisOwnIsRefused() throws IOException {
            programme();
            append("family_members.csv", "MP-3,F-1,MP-1,Trần Văn Ba,M,1950,BROTHER,FM-1,FM-2,false,false,false,,");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:7: id: missing person 'MP-3' is already in family F-2");
        }

        @Test
        void oneMissingPersonAnchoringTwoFamiliesIsRefused() throws IOException {
            programme();
            append("family_members.csv", "FM-9,F-9,MP-3,,M,1920,FATHER,,,false,false,false,,");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:7: missing_person_id: missing person 'MP-3' is already in family F-2");
        }

        @Test
        void aPlacedMissingPersonMarkedLivingIsRefused() throws IOException {
            programme();
            replace("family_members.csv", "BROTHER,FM-1,FM-2,false,false,false", "BROTHER,FM-1,FM-2,true,false,false");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:4: living: must be false on the row of missing person 'MP-2'");
        }

        @Test
        void aPlacedMissingPersonWithConsentIsRefused() throws IOException {
            programme();
            replace("family_members.csv", "BROTHER,FM-1,FM-2,false,false,false", "BROTHER,FM-1,FM-2,false,true,false");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:4: consent_dna: must be false on the row of missing person 'MP-2'");
        }

        @Test
        void aPlacedMissingPersonOfAnotherSexThanRegisteredIsRefused() throws IOException {
            programme();
            replace("family_members.csv", "Nguyễn Văn Hai,M,1949", "Nguyễn Văn Hai,F,1949");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:4: sex: missing person 'MP-2' has sex M in missing_persons.csv");
        }

        @Test
        void theFamilysOwnMissingPersonAsARowIsADuplicateId() throws IOException {
            programme();
            append("family_members.csv", "MP-1,F-1,MP-1,Nguyễn Văn Một,M,1946,OTHER,FM-1,FM-2,false,false,false,,");
            assertThatThrownBy(SeveralMissingPersonsTests.this::read).isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv:7: id: duplicate id 'MP-1'");
        }
    }
}
