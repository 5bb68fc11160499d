package org.policycommons.member.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.Roles;
import org.policycommons.member.Invitation;
import org.policycommons.member.Member;
import org.policycommons.member.MemberService;
import org.policycommons.member.SelfRegistration;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The district admin's page for the district's people: invite someone by email with their roles, find people, and
 * manage one of them (roles, organisation, disable or enable). A refusal is said at the form it concerns, in the
 * admin's language, and everything typed stays. Students appear by account only, never by name, address or pseudonym.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + MembersView.PATH, layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class MembersView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "people";
    private static final int PAGE = 25;

    private final MemberService members;
    private final DistrictDirectory districts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();

    private final H2 inviteTitle = new H2();
    private final FormError inviteError = new FormError("invite-error");
    private final EmailField inviteEmail = new EmailField();
    private final TextField inviteFirstName = new TextField();
    private final TextField inviteLastName = new TextField();
    private final CheckboxGroup<PortalRole> inviteRoles = new CheckboxGroup<>();
    private final TextField inviteOrganisation = new TextField();
    private final Select<Locale> inviteLanguage = new Select<>();
    private final Button invite = new Button();

    private final H2 listTitle = new H2();
    private final TextField search = new TextField();
    private final Grid<Member> grid = new Grid<>();

    private final Section editor = new Section();
    private final H2 editorTitle = new H2();
    private final FormError editorError = new FormError("member-error");
    private final Paragraph editorStatus = new Paragraph();
    private final CheckboxGroup<PortalRole> editorRoles = new CheckboxGroup<>();
    private final TextField editorOrganisation = new TextField();
    private final Button save = new Button();
    private final Button toggleEnabled = new Button();
    private final Button close = new Button();
    private Member editing;
    private ZoneId zone = ZoneId.of("UTC");

    private final SelfRegistration registration;
    private final H2 signupTitle = new H2();
    private final Paragraph signupIntro = new Paragraph();
    private final FormError signupError = new FormError("signup-error");
    private final Checkbox signupOpen = new Checkbox();
    private final RadioButtonGroup<SelfRegistration.WhileWaiting> whileWaiting = new RadioButtonGroup<>();
    private final Button signupSave = new Button();
    private final H2 queueTitle = new H2();
    private final Div queue = new Div();

    MembersView(MemberService members, DistrictDirectory districts, SelfRegistration registration) {
        this.members = members;
        this.districts = districts;
        this.registration = registration;
        getContent().setId("members-page");
        getContent().addClassName("cycle-form");

        inviteEmail.setId("invite-email");
        inviteEmail.setRequiredIndicatorVisible(true);
        inviteFirstName.setId("invite-first-name");
        inviteFirstName.setMaxLength(100);
        inviteLastName.setId("invite-last-name");
        inviteLastName.setMaxLength(100);
        inviteRoles.setId("invite-roles");
        inviteRoles.setItems(PortalRole.values());
        inviteRoles.setItemLabelGenerator(role -> getTranslation("role." + role.realmRole()));
        inviteOrganisation.setId("invite-organisation");
        inviteOrganisation.setMaxLength(200);
        inviteLanguage.setId("invite-language");
        inviteLanguage.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> invite());
        Section inviteSection = new Section(inviteTitle, inviteError, inviteEmail, inviteFirstName, inviteLastName,
                inviteRoles, inviteOrganisation, inviteLanguage, invite);

        search.setId("members-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("members-grid");
        grid.setPageSize(PAGE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        grid.setItems(query -> members.page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> members.count(search.getValue()));
        Section listSection = new Section(listTitle, search, grid);

        editor.setId("member-editor");
        editorTitle.setId("member-editor-title");
        editorTitle.getElement().setAttribute("tabindex", "-1");
        editorRoles.setId("member-roles");
        editorRoles.setItems(PortalRole.values());
        editorRoles.setItemLabelGenerator(role -> getTranslation("role." + role.realmRole()));
        editorOrganisation.setId("member-organisation");
        editorOrganisation.setMaxLength(200);
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        toggleEnabled.setId("member-toggle-enabled");
        toggleEnabled.addClickListener(e -> toggleEnabled());
        close.setId("member-close");
        close.addClickListener(e -> closeEditor());
        editor.add(editorTitle, editorError, editorStatus, editorRoles, editorOrganisation,
                new Div(save, toggleEnabled, close));
        editor.setVisible(false);

        signupOpen.setId("signup-open");
        whileWaiting.setId("signup-while-waiting");
        whileWaiting.setItems(SelfRegistration.WhileWaiting.values());
        signupSave.setId("signup-save");
        signupSave.addClickListener(e -> saveSignup());
        Section signupSection = new Section(signupTitle, signupIntro, signupError, signupOpen, whileWaiting, signupSave);
        queue.setId("claims");
        Section queueSection = new Section(queueTitle, queue);

        getContent().add(title, intro, inviteSection, listSection, editor, queueSection, signupSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        District district = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER)
                .flatMap(districts::bySlug).orElse(null);
        if (district != null) {
            zone = district.timeZone();
            inviteLanguage.setItems(district.languages());
            inviteLanguage.setValue(district.languages().stream()
                    .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                    .orElse(district.languages().getFirst()));
        }
        try {
            SelfRegistration.Settings settings = registration.settings();
            signupOpen.setValue(settings.open());
            whileWaiting.setValue(settings.whileWaiting());
        } catch (RuleViolation unavailable) {
            signupError.show(unavailable);
        }
        // The queue is drawn by localeChange, which follows on every entry.
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("member.title"));
        intro.setText(getTranslation("member.intro"));
        inviteTitle.setText(getTranslation("member.invite.title"));
        inviteEmail.setLabel(getTranslation("member.invite.email"));
        inviteFirstName.setLabel(getTranslation("member.invite.first-name"));
        inviteLastName.setLabel(getTranslation("member.invite.last-name"));
        inviteRoles.setLabel(getTranslation("member.roles"));
        inviteOrganisation.setLabel(getTranslation("member.organisation"));
        inviteOrganisation.setHelperText(getTranslation("member.organisation-help"));
        inviteLanguage.setLabel(getTranslation("member.invite.language"));
        invite.setText(getTranslation("member.invite.send"));
        listTitle.setText(getTranslation("member.list.title"));
        search.setLabel(getTranslation("member.list.search"));
        editorRoles.setLabel(getTranslation("member.roles"));
        editorOrganisation.setLabel(getTranslation("member.organisation"));
        editorOrganisation.setHelperText(getTranslation("member.organisation-help"));
        save.setText(getTranslation("member.edit.save"));
        close.setText(getTranslation("member.edit.close"));
        inviteRoles.setItemLabelGenerator(role -> getTranslation("role." + role.realmRole()));
        editorRoles.setItemLabelGenerator(role -> getTranslation("role." + role.realmRole()));
        signupTitle.setText(getTranslation("member.signup.title"));
        signupIntro.setText(getTranslation("member.signup.intro"));
        signupOpen.setLabel(getTranslation("member.signup.open"));
        whileWaiting.setLabel(getTranslation("member.signup.while-waiting"));
        whileWaiting.setItemLabelGenerator(w -> getTranslation("member.signup.while-waiting." + w.name().toLowerCase(Locale.ROOT)));
        signupSave.setText(getTranslation("member.signup.save"));
        queueTitle.setText(getTranslation("member.claims.title"));
        columns(event.getLocale());
        if (editing != null) {
            showEditor(editing);
        }
        renderQueue();
    }

    private void saveSignup() {
        signupError.clear();
        try {
            SelfRegistration.Settings saved = registration.configure(signupOpen.getValue(), whileWaiting.getValue());
            Notification.show(getTranslation(saved.open() ? "member.signup.saved-open" : "member.signup.saved-closed"));
        } catch (RuleViolation refused) {
            signupError.show(refused);
        }
    }

    /** The claims waiting for verification, each with its own organisation and reason fields and its buttons. */
    private void renderQueue() {
        queue.removeAll();
        List<SelfRegistration.Claim> claims;
        try {
            claims = registration.pending();
        } catch (RuleViolation unavailable) {
            FormError error = new FormError("claims-error");
            queue.add(error);
            error.show(unavailable);
            return;
        }
        if (claims.isEmpty()) {
            queue.add(new Paragraph(getTranslation("member.claims.none")));
            return;
        }
        for (SelfRegistration.Claim claim : claims) {
            Div card = new Div();
            card.setId("claim-" + claim.memberId());
            card.addClassName("claim");
            String role = getTranslation("role." + claim.role().realmRole());
            FormError error = new FormError("claim-error-" + claim.memberId());
            TextField organisation = new TextField(getTranslation("member.organisation"));
            organisation.addClassName("claim-organisation");
            organisation.setMaxLength(200);
            organisation.setVisible(Member.ORGANISATION_ROLES.contains(claim.role()));
            TextField reason = new TextField(getTranslation("member.claims.reason"));
            reason.addClassName("claim-reason");
            reason.setMaxLength(500);
            Button approve = new Button(getTranslation("member.claims.approve"));
            approve.addClassName("claim-approve");
            approve.getElement().setAttribute("aria-label", getTranslation("member.claims.approve-named", claim.name(), role));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClickListener(e -> decide(() -> registration.approve(claim.memberId(), organisation.getValue()),
                    error, getTranslation("member.claims.approved", claim.name(), role)));
            Button reject = new Button(getTranslation("member.claims.reject"));
            reject.addClassName("claim-reject");
            reject.getElement().setAttribute("aria-label", getTranslation("member.claims.reject-named", claim.name(), role));
            reject.addClickListener(e -> decide(() -> registration.reject(claim.memberId(), reason.getValue()),
                    error, getTranslation("member.claims.rejected", claim.name())));
            card.add(new Paragraph(getTranslation("member.claims.claim", claim.name(), claim.email(), role)), error,
                    organisation, reason, new Div(approve, reject));
            queue.add(card);
        }
    }

    private void decide(Runnable decision, FormError error, String done) {
        error.clear();
        try {
            decision.run();
            Notification.show(done);
            grid.getDataProvider().refreshAll();
            renderQueue();
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }

    private void columns(Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        grid.removeAllColumns();
        grid.addColumn(this::shownName).setHeader(getTranslation("member.column.name")).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("member.column.email")).setFlexGrow(2);
        grid.addColumn(this::roleNames).setHeader(getTranslation("member.column.roles")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("member.column.status")).setAutoWidth(true);
        grid.addColumn(member -> member.lastSignIn().map(at -> when.format(at.atZone(zone)))
                .orElse(getTranslation("member.never"))).setHeader(getTranslation("member.column.last-sign-in"))
                .setAutoWidth(true);
        grid.addComponentColumn(member -> {
            Button manage = new Button(getTranslation("member.manage"), e -> showEditor(member));
            manage.getElement().setAttribute("aria-label", getTranslation("member.manage-named", shownName(member)));
            manage.addClassName("member-manage");
            return manage;
        }).setHeader(getTranslation("member.column.actions")).setAutoWidth(true);
    }

    private String shownName(Member member) {
        if (member.student()) {
            return getTranslation("member.student-account", member.id().substring(0, Math.min(8, member.id().length())));
        }
        return member.organisation().map(org -> getTranslation("member.name-with-organisation", member.name(), org))
                .orElse(member.name());
    }

    private String roleNames(Member member) {
        return member.roles().stream().map(role -> getTranslation("role." + role.realmRole()))
                .collect(Collectors.joining(", "));
    }

    private String status(Member member) {
        if (!member.enabled()) {
            return getTranslation("member.status.disabled");
        }
        return getTranslation(member.invitationPending() ? "member.status.invited" : "member.status.active");
    }

    private void invite() {
        inviteError.clear();
        Set<PortalRole> roles = inviteRoles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(inviteRoles.getValue());
        try {
            Member invited = members.invite(new Invitation(inviteEmail.getValue(), inviteFirstName.getValue(),
                    inviteLastName.getValue(), roles, inviteOrganisation.getValue(), inviteLanguage.getValue()));
            Notification.show(getTranslation("member.invite.sent", inviteEmail.getValue().strip()));
            inviteEmail.clear();
            inviteFirstName.clear();
            inviteLastName.clear();
            inviteRoles.clear();
            inviteOrganisation.clear();
            grid.getDataProvider().refreshAll();
            showEditor(invited);
        } catch (RuleViolation refused) {
            inviteError.show(refused);
        }
    }

    private void showEditor(Member member) {
        editing = member;
        editorError.clear();
        editorTitle.setText(getTranslation("member.edit.title", shownName(member)));
        editorStatus.setText(getTranslation("member.edit.status", status(member)));
        editorRoles.setValue(member.roles());
        editorOrganisation.setValue(member.organisation().orElse(""));
        toggleEnabled.setText(getTranslation(member.enabled() ? "member.edit.disable" : "member.edit.enable"));
        toggleEnabled.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (member.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        editor.setVisible(true);
        editorTitle.getElement().callJsFunction("focus");
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
        search.focus();
    }

    private void save() {
        editorError.clear();
        Set<PortalRole> roles = editorRoles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(editorRoles.getValue());
        try {
            Member saved = members.update(editing.id(), roles, editorOrganisation.getValue());
            Notification.show(getTranslation("member.edit.saved", shownName(saved)));
            grid.getDataProvider().refreshAll();
            showEditor(saved);
        } catch (RuleViolation refused) {
            editorError.show(refused);
        }
    }

    private void toggleEnabled() {
        editorError.clear();
        try {
            Member changed = members.setEnabled(editing.id(), !editing.enabled());
            Notification.show(getTranslation(changed.enabled() ? "member.edit.enabled" : "member.edit.disabled",
                    shownName(changed)));
            grid.getDataProvider().refreshAll();
            showEditor(changed);
        } catch (RuleViolation refused) {
            editorError.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.title");
    }
}
