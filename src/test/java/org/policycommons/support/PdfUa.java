package org.policycommons.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 validation of a PDF the portal wrote: a test fails on any failed rule, and says which. */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The rules of PDF/UA-1 the document fails, each as "clause-test: what failed (where)"; empty if it conforms. */
    public static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage()
                            + " (" + t.getLocation().getContext() + ")")
                    .distinct().toList();
            assertThat(result.isCompliant() || !failed.isEmpty()).as("a failed validation names its rules").isTrue();
            return result.isCompliant() ? List.of() : failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document: " + e.getMessage(), e);
        }
    }

    /** Fails the test, naming every failed rule, unless the document conforms to PDF/UA-1. */
    public static void assertConforms(byte[] pdf, String what) {
        assertThat(failedRules(pdf)).as("PDF/UA-1 rules that %s fails", what).isEmpty();
    }
}
