package org.homecoming.server.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageIndexTests {

    static final Set<Classification> ALL = EnumSet.allOf(Classification.class);
    static final Set<Classification> NOT_CONFIDENTIAL = EnumSet.of(Classification.OPEN, Classification.RESTRICTED);

    PageIndex index;

    @BeforeEach
    void open() {
        index = PageIndex.inMemory();
    }

    @AfterEach
    void close() {
        index.close();
    }

    static ArchiveDocument register(long id, Side side, Classification c) {
        return new ArchiveDocument(id, "DOC-" + id, side, DocumentType.BURIAL_REGISTER, "Sổ mai táng E48 số " + id,
                "1968", "vi", "Cục Chính sách", "HS-" + id, c, null, 0);
    }

    static DocumentPage page(long doc, int n, String vi, String en) {
        return new DocumentPage(doc, n, "image/png", null, vi, en, "en");
    }

    @Test
    void aVietnameseNameIsFoundWithOrWithoutDiacriticsAndMarkedInThePassage() {
        index.upsert(register(1, Side.VN, Classification.OPEN), page(1, 1,
                "1. Liệt sĩ Nguyễn Văn Thành, sinh năm 1948, quê Nam Định.", "1. Martyr Nguyen Van Thanh, born 1948."));
        index.upsert(register(1, Side.VN, Classification.OPEN), page(1, 2,
                "1. Liệt sĩ Trần Văn Bảy, sinh năm 1950.", "1. Martyr Tran Van Bay, born 1950."));

        for (String q : List.of("nguyen van thanh", "Nguyễn Văn Thành", "NGUYEN THANH")) {
            PageSearchResult r = index.search(q, Side.VN, ALL, List.of(), 0, 10);
            assertThat(r.total()).as(q).isEqualTo(1);
            assertThat(r.items().get(0).pageNo()).isEqualTo(1);
        }
        PageHit hit = index.search("nguyen van thanh", Side.VN, ALL, List.of(), 0, 10).items().get(0);
        assertThat(hit.passages()).contains(
                "Liệt sĩ <mark>Nguyễn</mark> <mark>Văn</mark> <mark>Thành</mark>, sinh năm 1948, quê Nam Định.",
                "Martyr <mark>Nguyen</mark> <mark>Van</mark> <mark>Thanh</mark>, born 1948.");
    }

    @Test
    void englishWordsFindTheTranslationAndPhrasesKeepTheirOrder() {
        index.upsert(register(1, Side.VN, Classification.OPEN), page(1, 1, "an táng tại đồi 31", "buried on hill 31"));
        index.upsert(register(2, Side.VN, Classification.OPEN), page(2, 1, "đồi 31 ... an táng", "hill 31 ... buried"));

        assertThat(index.search("buried hill", Side.VN, ALL, List.of(), 0, 10).total()).isEqualTo(2);
        assertThat(index.search("\"buried on hill\"", Side.VN, ALL, List.of(), 0, 10).items())
                .extracting(PageHit::documentId).containsExactly(1L);
        assertThat(index.search("\"an tang tai doi\"", Side.VN, ALL, List.of(), 0, 10).items())
                .extracting(PageHit::documentId).containsExactly(1L);
    }

    @Test
    void marksInTheTextAreEscapedSoAPassageIsSafeHtml() {
        index.upsert(register(1, Side.VN, Classification.OPEN), page(1, 1, "<script>x</script> Thành", null));

        assertThat(index.search("thanh", Side.VN, ALL, List.of(), 0, 10).items().get(0).passages())
                .containsExactly("&lt;script&gt;x&lt;&#x2F;script&gt; <mark>Thành</mark>");
    }

    @Test
    void theOtherSideSeesOnlySharedDocumentsAndConfidentialOnesNeedTheRole() {
        index.upsert(register(1, Side.VN, Classification.OPEN), page(1, 1, "Thành", null));
        index.upsert(register(2, Side.VN, Classification.CONFIDENTIAL), page(2, 1, "Thành", null));
        index.upsert(register(3, Side.VN, Classification.RESTRICTED), page(3, 1, "Thành", null));

        assertThat(ids("thanh", Side.VN, ALL, List.of())).containsExactly(1L, 2L, 3L);
        assertThat(ids("thanh", Side.VN, NOT_CONFIDENTIAL, List.of())).containsExactly(1L, 3L);
        assertThat(ids("thanh", Side.US, ALL, List.of())).isEmpty();
        assertThat(ids("thanh", Side.US, ALL, List.of(3L))).containsExactly(3L);
    }

    @Test
    void aGeneratedRegisterOfTwoHundredPagesIsSearchedInBothLanguages() {
        var pages = GeneratedRegister.pages(7, 200, 8);
        ArchiveDocument d = register(1, Side.VN, Classification.OPEN);
        index.upsertAll(d, pages.stream().map(p -> page(1, p.pageNo(), p.transcription(), p.translation())).toList());
        var target = pages.get(137).entries().get(3);
        String folded = org.homecoming.server.search.VietnameseNames.fold(target.name());
        long expected = pages.stream().filter(p -> org.homecoming.server.search.VietnameseNames.fold(p.transcription())
                .contains(folded) && p.transcription().contains(String.valueOf(target.born()))).count();
        PageSearchResult vi = index.search("\"" + folded + "\" " + target.born(), Side.VN, ALL, List.of(), 0, 200);
        PageSearchResult en = index.search("\"" + folded + "\" born " + target.born() + " " + target.placeEn(),
                Side.VN, ALL, List.of(), 0, 200);

        assertThat(index.size()).isEqualTo(200);
        assertThat(vi.total()).isEqualTo(expected);
        assertThat(vi.items()).extracting(PageHit::pageNo).contains(138);
        assertThat(en.items()).extracting(PageHit::pageNo).contains(138);
        assertThat(en.items().get(0).passages()).anyMatch(s -> s.contains("<mark>born</mark>"));
    }

    @Test
    void pagingIsChecked() {
        assertThatThrownBy(() -> index.search("x", Side.VN, ALL, List.of(), -1, 10))
                .hasMessage("offset must be >= 0 and limit in [1, 200]: -1, 10");
        assertThat(index.search("  ", Side.VN, ALL, List.of(), 0, 10).total()).isZero();
    }

    List<Long> ids(String q, Side side, Set<Classification> allowed, List<Long> shared) {
        return index.search(q, side, allowed, shared, 0, 10).items().stream().map(PageHit::documentId).sorted().toList();
    }
}
