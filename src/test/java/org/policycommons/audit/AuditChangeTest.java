package org.policycommons.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log shows what changed field by field, from the JSON it stores. */
class AuditChangeTest {

    @Test
    void onlyTheFieldsThatDifferAreListedWithTheirOldAndNewValues() {
        assertThat(AuditChange.between(
                "{\"kind\":\"REVISION\",\"opensOn\":\"2027-03-01\",\"closesOn\":\"2027-03-10\"}",
                "{\"kind\":\"REVISION\",\"opensOn\":\"2027-03-08\",\"closesOn\":\"2027-03-10\"}"))
                .containsExactly(new AuditChange("opensOn", "2027-03-01", "2027-03-08"));
    }

    @Test
    void aFieldOnOneSideOnlyCountsAndNestedValuesReadAsText() {
        assertThat(AuditChange.between(null,
                "{\"title\":\"2027–28 review\",\"phases\":[{\"kind\":\"DRAFTING\",\"closesOn\":null}],\"done\":true}"))
                .containsExactly(
                        new AuditChange("title", "", "2027–28 review"),
                        new AuditChange("phases", "", "[(kind DRAFTING)]"),
                        new AuditChange("done", "", "true"));
        assertThat(AuditChange.between("{\"evidence\":\"Trained\"}", "{}"))
                .containsExactly(new AuditChange("evidence", "Trained", ""));
    }

    @Test
    void valuesThatAreNotObjectsAreComparedWhole() {
        assertThat(AuditChange.between("3", "4")).containsExactly(new AuditChange("", "3", "4"));
        assertThat(AuditChange.between("not json", null)).containsExactly(new AuditChange("", "not json", ""));
        assertThat(AuditChange.between("{\"a\":1}", "{\"a\":1}")).isEmpty();
    }
}
