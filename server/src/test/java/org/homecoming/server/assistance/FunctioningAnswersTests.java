package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Washington Group Short Set disability identifier ("at least one domain a lot of difficulty or cannot do at
 * all") on the answer patterns that matter: none, only "some difficulty" everywhere (no disability however many
 * domains), a single domain at the cut-off in each position, "cannot do at all", and several domains.
 */
class FunctioningAnswersTests {

    private static Map<String, Object> answers(String codes) {
        String[] names = {"seeing", "hearing", "walking", "remembering", "selfCare", "communicating"};
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], Integer.parseInt(codes.substring(i, i + 1)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "111111, false, ''",
        "222222, false, ''",
        "211212, false, ''",
        "311111, true, SEEING",
        "131111, true, HEARING",
        "113111, true, WALKING",
        "111311, true, REMEMBERING",
        "111131, true, SELF_CARE",
        "111113, true, COMMUNICATING",
        "114111, true, WALKING",
        "222224, true, COMMUNICATING",
        "413231, true, SEEING WALKING SELF_CARE",
        "444444, true, SEEING HEARING WALKING REMEMBERING SELF_CARE COMMUNICATING"})
    void theIdentifierFollowsTheCutOff(String codes, boolean disability, String domains) {
        FunctioningAnswers a = FunctioningAnswers.parse(answers(codes));
        assertThat(a.disability()).isEqualTo(disability);
        assertThat(a.disabilityDomains().stream().map(Enum::name).toList())
                .isEqualTo(domains.isEmpty() ? java.util.List.of() : java.util.List.of(domains.split(" ")));
        assertThat(String.join("", a.codes().values().stream().map(String::valueOf).toList())).isEqualTo(codes);
    }

    @Test
    void everyRefusalNamesItsDomain() {
        Map<String, Object> missing = answers("111111");
        missing.remove("hearing");
        assertThatThrownBy(() -> FunctioningAnswers.parse(missing)).hasMessageStartingWith("answers.hearing: missing");
        Map<String, Object> high = answers("111111");
        high.put("selfCare", 5);
        assertThatThrownBy(() -> FunctioningAnswers.parse(high)).hasMessageStartingWith("answers.selfCare: must be 1 to 4");
        Map<String, Object> text = answers("111111");
        text.put("walking", "some");
        assertThatThrownBy(() -> FunctioningAnswers.parse(text)).hasMessageStartingWith("answers.walking: must be a whole number");
        Map<String, Object> fraction = answers("111111");
        fraction.put("seeing", "2.5");
        assertThatThrownBy(() -> FunctioningAnswers.parse(fraction)).hasMessageStartingWith("answers.seeing");
        Map<String, Object> extra = answers("111111");
        extra.put("mobility", 1);
        assertThatThrownBy(() -> FunctioningAnswers.parse(extra)).hasMessageStartingWith("answers.mobility: no such domain");
    }
}
