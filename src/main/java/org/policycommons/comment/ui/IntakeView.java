package org.policycommons.comment.ui;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.Channel;
import org.policycommons.comment.IntakeImport;
import org.policycommons.comment.IntakeService;
import org.policycommons.comment.Stance;
import org.policycommons.comment.TextKind;
import org.policycommons.common.RuleViolation;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.LocalizedDates;
import org.policycommons.shell.ui.PlainTable;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Input received outside the portal, for district admins: one item at a time (testimony at a board meeting, a paper
 * form, a letter, an email, a phone call) on a published version of a draft, and the items entered so far, which
 * they may correct or withdraw while public comment is open. A refusal says why and keeps everything typed; after a
 * save the channel, day, version and language stay, for the next form of the same stack.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/drafts/:draft([0-9]{1,18})/v/:version([0-9]{1,9})/intake",
        layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class IntakeView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final IntakeService intake;
    private final IntakeImport importer;
    private final Attachments attachments;
    private final DraftService drafts;
    private final Div batch = new Div();
    private final Div report = new Div();
    /** The batch's own refusal and outcome, beside it: the page's are out of view down here. */
    private final FormError importError = new FormError("import-error");
    private final Div importStatus = new Div();
    private byte[] uploaded;
    private final DistrictDirectory districts;
    private final FormError error = new FormError();
    private final Div status = new Div();
    private final Div entered = new Div();
    private final Select<Channel> channel = new Select<>();
    private final DatePicker receivedOn = new DatePicker();
    private final Select<VoterGroup> group = new Select<>();
    private final TextField name = new TextField();
    private final Checkbox wholeDraft = new Checkbox();
    private final CheckboxGroup<Section> sections = new CheckboxGroup<>();
    private final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>();
    private final RadioButtonGroup<TextKind> kind = new RadioButtonGroup<>();
    private final Select<Locale> language = new Select<>();
    private final TextArea text = new TextArea();
    private final Button save = new Button();
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Draft draft;
    private DraftVersion version;
    private int pages = 1;

    IntakeView(IntakeService intake, IntakeImport importer, Attachments attachments,
               DraftService drafts, DistrictDirectory districts) {
        this.attachments = attachments;
        this.intake = intake;
        this.importer = importer;
        this.drafts = drafts;
        this.districts = districts;
        getContent().setId("intake-page");
        getContent().addClassName("cycle-form");
        status.setId("intake-status");
        status.getElement().setAttribute("role", "status");
        importStatus.setId("import-status");
        importStatus.getElement().setAttribute("role", "status");
        entered.setId("intake-items");
        channel.setId("intake-channel");
        channel.setItems(Channel.OFFLINE);
        receivedOn.setId("intake-received");
        group.setId("intake-group");
        group.setItems(intake.groups());
        group.setEmptySelectionAllowed(true);
        name.setId("intake-name");
        name.setMaxLength(200);
        wholeDraft.setId("intake-whole-draft");
        wholeDraft.addValueChangeListener(e -> sections.setEnabled(!e.getValue()));
        sections.setId("intake-sections");
        stance.setId("intake-stance");
        stance.setItems(Stance.values());
        kind.setId("intake-kind");
        kind.setItems(TextKind.values());
        language.setId("intake-language");
        language.setItems(intake.languages());
        text.setId("intake-text");
        text.setMaxLength(4000);
        save.setId("save-intake");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> enter());
    }

    static String path(long draftId, int version) {
        return "drafts/" + draftId + "/v/" + version + "/intake";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        Optional<Draft> found = event.getRouteParameters().getLong("draft").flatMap(drafts::draft);
        Optional<DraftVersion> shown = found.flatMap(d -> event.getRouteParameters().getInteger("version")
                .flatMap(n -> drafts.version(d.id(), n))).filter(DraftVersion::published);
        if (shown.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = found.get();
        version = shown.get();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        if (version == null) {
            return;
        }
        Locale reader = event.getLocale();
        channel.setLabel(getTranslation("intake.field.channel"));
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.translationKey()));
        receivedOn.setLabel(getTranslation("intake.field.received"));
        LocalizedDates.apply(receivedOn, reader);
        group.setLabel(getTranslation("intake.field.group"));
        group.setEmptySelectionCaption(getTranslation("role.not_stated"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("role.not_stated")
                : getTranslation(g.translationKey()));
        name.setLabel(getTranslation("intake.field.name"));
        name.setHelperText(getTranslation("intake.field.name-help"));
        wholeDraft.setLabel(getTranslation("intake.field.whole-draft"));
        sections.setLabel(getTranslation("intake.field.sections"));
        sections.setItemLabelGenerator(s -> s.number() + ". " + s.heading());
        Section[] previous = sections.getValue().toArray(Section[]::new);
        sections.setItems(version.sections());
        sections.select(previous);
        stance.setLabel(getTranslation("intake.field.stance"));
        stance.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        kind.setLabel(getTranslation("intake.field.kind"));
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        language.setLabel(getTranslation("intake.field.language"));
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        if (language.getValue() == null) {
            language.setValue(intake.languages().stream().filter(l -> l.getLanguage().equals(reader.getLanguage()))
                    .findFirst().orElse(intake.languages().getFirst()));
        }
        text.setLabel(getTranslation("intake.field.text"));
        text.setHelperText(getTranslation("intake.field.text-help"));
        save.setText(getTranslation("intake.save"));

        Anchor back = new Anchor("d/" + slug + "/drafts/" + draft.id() + "/v/" + version.number(),
                getTranslation("intake.back", draft.title(), version.number()));
        back.setId("intake-back");
        Div form = new Div(channel, receivedOn, group, name, wholeDraft, sections, stance, kind, language, text, save);
        form.setId("intake-form");
        form.addClassName("intake-form");
        content.add(new H1(getTranslation("intake.title")),
                new Paragraph(getTranslation("intake.intro", draft.title(), version.number())), new Paragraph(back),
                error, status, new H2(getTranslation("intake.new")), form, batch(), entered);
        showItems();
    }

    /**
     * A batch from a CSV file: the columns explained, a template to fill in, the file checked row by row as soon as
     * it is chosen, then imported whole or its valid rows only.
     */
    private Div batch() {
        batch.removeAll();
        batch.setId("intake-batch");
        Anchor template = new Anchor(event -> {
            event.setFileName("intake-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(importer.template(draft.id(), version.number())
                    .getBytes(StandardCharsets.UTF_8));
        }, getTranslation("intake.import.template"));
        template.setId("intake-template");
        UnorderedList columns = new UnorderedList();
        columns.setId("intake-columns");
        for (String column : IntakeImport.COLUMNS) {
            columns.add(new ListItem(column + ": "
                    + getTranslation("intake.import.column." + column)));
        }
        Button upload = new Button(getTranslation("intake.import.choose"));
        Upload file = new Upload();
        file.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable check = () -> {
                // Another file may be chosen after this one, corrected.
                file.clearFileList();
                check(bytes);
            };
            getUI().ifPresent(ui -> ui.access(check::run));
        }));
        file.setId("intake-upload");
        file.setMaxFiles(1);
        file.setMaxFileSize(IntakeImport.BYTES_MAX);
        file.setAcceptedFileTypes(".csv", "text/csv");
        file.setUploadButton(upload);
        file.addFileRejectedListener(e -> importError.showKey("intake.import.error.too-big",
                IntakeImport.BYTES_MAX / (1024 * 1024)));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("intake.import.drop")).setMany(getTranslation("intake.import.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("intake.import.choose")).setMany(getTranslation("intake.import.choose")));
        file.setI18n(i18n);
        report.setId("intake-report");
        batch.add(new H2(getTranslation("intake.import.title")), new Paragraph(getTranslation("intake.import.intro")),
                columns, new Paragraph(template), file, importError, importStatus, report);
        return batch;
    }

    /** Checks a chosen file and shows what it found, with the import buttons it allows. */
    private void check(byte[] bytes) {
        uploaded = bytes;
        report.removeAll();
        importStatus.setText("");
        IntakeImport.Report found;
        try {
            found = importer.check(draft.id(), version.number(), bytes);
        } catch (RuleViolation refused) {
            importError.show(refused);
            return;
        }
        importError.clear();
        if (found.fileRefused()) {
            report.add(new Paragraph(getTranslation("intake.import.file-refused")));
        } else {
            report.add(new Paragraph(getTranslation("intake.import.summary", found.rows(), found.validRows())));
        }
        if (!found.problems().isEmpty()) {
            PlainTable table = new PlainTable(
                    "intake-problems", getTranslation("intake.import.problems"),
                    List.of(getTranslation("intake.import.column-row"), getTranslation("intake.import.column-column"),
                            getTranslation("intake.import.column-problem")));
            for (IntakeImport.Problem problem : found.problems()) {
                table.row(problem.row() == 0 ? "—" : String.valueOf(problem.row()),
                        problem.column() == null ? "—" : problem.column(),
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
            }
            report.add(table.component());
        }
        if (found.fileRefused()) {
            return;
        }
        Button all = new Button(getTranslation("intake.import.all", found.rows()), e -> importBatch(false));
        all.setId("import-all");
        all.setEnabled(found.problems().isEmpty());
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.add(all);
        if (!found.problems().isEmpty() && found.validRows() > 0) {
            Button valid = new Button(getTranslation("intake.import.valid-only", found.validRows()),
                    e -> importBatch(true));
            valid.setId("import-valid");
            report.add(valid);
        }
    }

    private void importBatch(boolean validRowsOnly) {
        try {
            int imported = importer.importRows(draft.id(), version.number(), uploaded, validRowsOnly);
            importError.clear();
            report.removeAll();
            uploaded = null;
            pages = 1;
            showItems();
            importStatus.setText(getTranslation("intake.import.done", imported));
        } catch (RuleViolation refused) {
            importError.show(refused);
        }
    }

    private void enter() {
        try {
            List<Long> chosen = wholeDraft.getValue() ? List.of()
                    : version.sections().stream().filter(sections.getValue()::contains).map(Section::id).toList();
            intake.enter(draft.id(), version.number(), new IntakeService.NewItem(channel.getValue(),
                    receivedOn.getValue(), Optional.ofNullable(group.getValue()), name.getValue(), chosen,
                    wholeDraft.getValue(), stance.getValue(), text.getValue(), kind.getValue(), language.getValue()));
            error.clear();
            // The next form of the same stack: same channel, day and language; the rest is cleared.
            group.clear();
            name.clear();
            wholeDraft.clear();
            sections.clear();
            stance.clear();
            kind.clear();
            text.clear();
            pages = 1;
            showItems();
            status.setText(getTranslation("intake.saved"));
            channel.focus();
        } catch (RuleViolation refused) {
            status.setText("");
            error.show(refused);
        }
    }

    private void showItems() {
        entered.removeAll();
        Page<IntakeService.Item> page = intake.items(draft.id(), PageRequest.of(0, PAGE * pages));
        entered.add(new H2(getTranslation("intake.entered", page.getTotalElements())));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (IntakeService.Item item : page.getContent()) {
            entered.add(item(item, day));
        }
        if (page.hasNext()) {
            Button more = new Button(getTranslation("comment.more"), e -> {
                pages++;
                showItems();
            });
            more.setId("more-intake");
            entered.add(more);
        }
    }

    private Article item(IntakeService.Item item, DateTimeFormatter day) {
        Article card = new Article();
        card.setId("intake-item-" + item.id());
        card.addClassName("comment");
        String where = item.wholeDraft() ? getTranslation("intake.whole-draft.short")
                : getTranslation("intake.sections", item.sections().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        Paragraph header = new Paragraph(getTranslation(item.channel().translationKey()) + " · "
                + getTranslation("comment.channel.received-on", day.format(item.receivedOn())) + " · "
                + getTranslation(item.group().map(VoterGroup::translationKey).orElse("role.not_stated")) + " · "
                + getTranslation("intake.version", item.versionNumber()) + " · " + where);
        header.addClassName("comment-header");
        card.add(header);
        Paragraph stanceAndKind = new Paragraph(getTranslation(item.stance().translationKey()) + " · "
                + getTranslation(item.kind().translationKey())
                + (item.editedAt() != null ? " · " + getTranslation("comment.edited") : "")
                + (item.withdrawn() ? " · " + getTranslation("intake.withdrawn") : ""));
        card.add(stanceAndKind);
        Paragraph body = new Paragraph(item.text());
        body.addClassName("comment-body");
        body.getElement().setAttribute("lang", item.language());
        card.add(body);
        if (!item.files().isEmpty()) {
            Paragraph files = new Paragraph(getTranslation("attachment.heading") + " " + item.files().stream()
                    .map(Attachments.Attached::fileName)
                    .collect(Collectors.joining(", ")));
            files.setId("intake-files-" + item.id());
            card.add(files);
        }
        if (!item.withdrawn() && item.files().size() < attachments.maxFiles()) {
            card.add(scanUpload(item));
        }
        if (item.correctable()) {
            Button correct = new Button(getTranslation("intake.correct"), e -> openCorrection(card, item));
            correct.setId("correct-intake-" + item.id());
            Button withdraw = new Button(getTranslation("intake.withdraw"), e -> {
                try {
                    intake.withdraw(item.id());
                    error.clear();
                    showItems();
                    status.setText(getTranslation("intake.withdrawn-done"));
                } catch (RuleViolation refused) {
                    error.show(refused);
                }
            });
            withdraw.setId("withdraw-intake-" + item.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button button : new Button[] {correct, withdraw}) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                button.getElement().setAttribute("aria-label",
                        getTranslation("intake.button-of", button.getText(), day.format(item.receivedOn())));
            }
            card.add(new Div(correct, withdraw));
        }
        return card;
    }

    /** An upload for a scan of the item (PDF, PNG or JPEG), checked by the service. */
    private Upload scanUpload(IntakeService.Item item) {
        Button choose = new Button(getTranslation("attachment.attach-scan"));
        choose.getElement().setAttribute("aria-label", getTranslation("intake.button-of",
                getTranslation("attachment.attach-scan"), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(item.receivedOn())));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable attach = () -> {
                upload.clearFileList();
                attachScan(item.id(), metadata.fileName(), bytes);
            };
            getUI().ifPresent(ui -> ui.access(attach::run));
        }));
        upload.setId("attach-intake-" + item.id());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setUploadButton(choose);
        upload.setDropAllowed(false);
        upload.addFileRejectedListener(e -> error.showKey("attachment.error.too-big",
                attachments.maxBytes() / (1024 * 1024)));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("attachment.attach-scan")).setMany(getTranslation("attachment.attach-scan")));
        upload.setI18n(i18n);
        return upload;
    }

    private void attachScan(long itemId, String fileName, byte[] bytes) {
        try {
            attachments.attachToIntake(itemId, fileName, bytes);
            error.clear();
            showItems();
            status.setText(getTranslation("attachment.added"));
        } catch (RuleViolation refused) {
            status.setText("");
            error.show(refused);
        }
    }

    /** The correction form in the item's card: what staff may correct while public comment is open. */
    private void openCorrection(Article card, IntakeService.Item item) {
        String id = String.valueOf(item.id());
        Select<Channel> newChannel = new Select<>();
        newChannel.setId("correct-channel-" + id);
        newChannel.setLabel(getTranslation("intake.field.channel"));
        newChannel.setItems(Channel.OFFLINE);
        newChannel.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.translationKey()));
        newChannel.setValue(item.channel());
        DatePicker newDay = new DatePicker(getTranslation("intake.field.received"), item.receivedOn());
        newDay.setId("correct-received-" + id);
        LocalizedDates.apply(newDay, getLocale());
        RadioButtonGroup<Stance> newStance = new RadioButtonGroup<>(getTranslation("intake.field.stance"),
                Stance.values());
        newStance.setId("correct-stance-" + id);
        newStance.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        newStance.setValue(item.stance());
        RadioButtonGroup<TextKind> newKind = new RadioButtonGroup<>(getTranslation("intake.field.kind"),
                TextKind.values());
        newKind.setId("correct-kind-" + id);
        newKind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        newKind.setValue(item.kind());
        TextArea newText = new TextArea(getTranslation("intake.field.text"));
        newText.setId("correct-text-" + id);
        newText.setMaxLength(4000);
        newText.setValue(item.text());
        Button saveCorrection = new Button(getTranslation("intake.save-correction"), e -> {
            try {
                intake.correct(item.id(), item.version(), newChannel.getValue(), newDay.getValue(),
                        newStance.getValue(), newText.getValue(), newKind.getValue());
                error.clear();
                showItems();
                status.setText(getTranslation("intake.corrected"));
            } catch (RuleViolation refused) {
                error.show(refused);
            }
        });
        saveCorrection.setId("save-correction-" + id);
        saveCorrection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(newChannel, newDay, newStance, newKind, newText, saveCorrection);
        form.addClassName("intake-form");
        card.add(form);
        newText.focus();
    }
}
