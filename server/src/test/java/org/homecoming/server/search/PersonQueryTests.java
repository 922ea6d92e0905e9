package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonQueryTests {

    @Test
    void textQueriesStartOnTheFirstPageOfTwenty() {
        PersonQuery q = PersonQuery.text("thanh");
        assertThat(q.offset()).isZero();
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.visibleSides()).isEmpty();
        assertThat(PersonQuery.text(null).text()).isEmpty();
    }

    @Test
    void withMethodsReturnChangedCopies() {
        PersonQuery q = PersonQuery.text("thanh");
        PersonQuery f = q.withSide("VN").withStatus("MISSING").withProvince("Nam Định").withUnit("E64")
                .withBirthYears(1940, 1950).withLossYears(1968, null).withVisibleSides(Set.of("VN")).withPage(40, 10);
        assertThat(q.side()).isNull();
        assertThat(f).isEqualTo(new PersonQuery("thanh", "VN", "MISSING", "Nam Định", "E64", 1940, 1950, 1968, null,
                Set.of("VN"), 40, 10));
        assertThat(f.withText("le").withOffset(0).withLimit(5).text()).isEqualTo("le");
    }

    @Test
    void badPagesAndEmptyRangesAreRejectedWithTheirValues() {
        PersonQuery q = PersonQuery.text("thanh");
        assertThatThrownBy(() -> q.withOffset(-1)).hasMessage("offset must be >= 0: -1");
        assertThatThrownBy(() -> q.withLimit(0)).hasMessage("limit must be in [1, 1000]: 0");
        assertThatThrownBy(() -> q.withLimit(1001)).hasMessage("limit must be in [1, 1000]: 1001");
        assertThatThrownBy(() -> q.withBirthYears(1950, 1940)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("birth year range is empty: 1950 > 1940");
        assertThatThrownBy(() -> q.withLossYears(1975, 1965)).hasMessage("loss year range is empty: 1975 > 1965");
    }

    @Test
    void documentsParseTheirNamePartsWhenNoneAreGiven() {
        PersonDocument d = PersonDocument.of(3, "US", "SMITH, JOHN A");
        assertThat(d.familyName()).isEqualTo("SMITH");
        assertThat(d.givenName()).isEqualTo("JOHN");
        assertThat(d.middleName()).isEqualTo("A");
        assertThat(d.aliases()).isEmpty();
        PersonDocument explicit = new PersonDocument(4, "VN", "Thành", "Nguyễn", "Văn", "Thành", null, null, null,
                null, null, null, null, null);
        assertThat(explicit.familyName()).isEqualTo("Nguyễn");
        assertThat(explicit.aliases()).isEqualTo(List.of());
    }

    @Test
    void badDocumentsAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> PersonDocument.of(-1, "VN", "Lê Lợi")).hasMessage("id must be >= 0: -1");
        assertThatThrownBy(() -> PersonDocument.of(1, " ", "Lê Lợi")).hasMessage("side must not be blank:  ");
        assertThatThrownBy(() -> PersonDocument.of(1, "VN", null)).hasMessage("fullName must not be blank: null");
        assertThatThrownBy(() -> PersonDocument.of(1, "VN", "1948")).hasMessage("name must have letters: 1948");
    }

    @Test
    void resultsRejectATotalBelowTheirItems() {
        assertThat(PersonSearchResult.empty().total()).isZero();
        assertThatThrownBy(() -> new PersonSearchResult(List.of(new PersonHit(1, 1, "A")), 0))
                .hasMessage("total must be >= items: 0");
    }
}
