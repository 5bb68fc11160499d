package org.policycommons.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.schedule.PhaseTransitions;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * When public comment opens, everyone whose role comments gets an in-app notice and, unless they turned it off, an
 * email in their own language, received here by a real SMTP server. Roles with nothing to do are not told.
 */
class NoticeServiceTest extends PortalIntegrationTest {

    @Autowired
    PhaseTransitions transitions;
    @Autowired
    CycleService cycles;
    @Autowired
    ParticipantService participants;
    @Autowired
    NoticeService notices;
    @Autowired
    DistrictDirectory districts;

    @Test
    void whenCommentOpensCommentersAreToldInTheirLanguageAndOthersAreNot() throws MessagingException {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String english = "family-en-" + run + "@springfield.example.org";
        String spanish = "family-es-" + run + "@springfield.example.org";
        String noEmail = "student-" + run + "@springfield.example.org";
        String board = "board-" + run + "@springfield.example.org";
        signedInOnce(springfield, "fam-en-" + run, english, PortalRole.FAMILY);
        signedInOnce(springfield, "fam-es-" + run, spanish, PortalRole.FAMILY);
        signedInOnce(springfield, "student-" + run, noEmail, PortalRole.STUDENT);
        signedInOnce(springfield, "board-" + run, board, PortalRole.BOARD);
        SignedIn.as(springfield, "fam-es-" + run, "Rosa", PortalRole.FAMILY);
        participants.preferLanguage(Locale.forLanguageTag("es"));
        SignedIn.as(springfield, "student-" + run, "Sam", PortalRole.STUDENT);
        participants.wantEmailNotices(false);
        SignedIn.out();

        LocalDate start = LocalDate.of(2037, 2, 1);
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        org.policycommons.cycle.CyclePlan sample = CyclePlans.sample(start);
        String title = "Review " + run;
        cycles.createCycle(new org.policycommons.cycle.CyclePlan(title, sample.schoolYear(), sample.description(),
                sample.startsOn(), sample.endsOn(), sample.phases()));
        SignedIn.out();
        clock.standAt(start.plusDays(10).atTime(LocalTime.of(0, 5)).atZone(ZoneId.of("America/Chicago")).toInstant());
        transitions.runOnce();

        MimeMessage toEnglish = only(mailTo(english));
        assertThat(toEnglish.getSubject()).isEqualTo("Public comment is open: " + title);
        assertThat(GreenMailUtil.getBody(toEnglish)).contains("/d/springfield/review");
        MimeMessage toSpanish = only(mailTo(spanish));
        assertThat(toSpanish.getSubject()).isEqualTo("Fase abierta: Comentarios públicos — " + title);
        assertThat(mailTo(noEmail)).as("turned email off").isEmpty();
        assertThat(mailTo(board)).as("the board does not comment").isEmpty();

        SignedIn.as(springfield, "student-" + run, "Sam", PortalRole.STUDENT);
        assertThat(notices.mine(PageRequest.of(0, 10)).getContent())
                .extracting(Notice::messageKey, Notice::phase, Notice::cycleTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notice.phase-opened", "PUBLIC_COMMENT", title));
        assertThat(notices.unreadCount()).isEqualTo(1);
        notices.markAllRead();
        assertThat(notices.unreadCount()).isZero();

        SignedIn.as(springfield, "board-" + run, "Linda", PortalRole.BOARD);
        assertThat(notices.mine(PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    private void signedInOnce(District district, String subject, String email, PortalRole role) {
        TenantScope.runAs(district.id(),
                () -> participants.recordSignIn(new UserSignedIn(district.id(), subject, email, Set.of(role))));
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
