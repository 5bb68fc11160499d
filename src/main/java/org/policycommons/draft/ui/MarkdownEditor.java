package org.policycommons.draft.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.policycommons.common.RuleViolation;
import org.policycommons.draft.MarkdownSections;
import org.policycommons.draft.ParsedSection;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The text of a draft in Markdown: typed, pasted, or read from an uploaded {@code .md} file, with a preview of the
 * sections it makes. The preview shows exactly what readers will see; a problem is said in {@link FormError} and the
 * text stays as it is.
 */
final class MarkdownEditor extends Composite<Div> {

    static final int UPLOAD_MAX_BYTES = MarkdownSections.SOURCE_MAX * 4;

    private final TextArea text = new TextArea();
    private final Upload upload;
    private final Span uploadLabel = new Span();
    private final Button previewButton = new Button();
    private final Div preview = new Div();
    private final FormError error;

    MarkdownEditor(FormError error) {
        this.error = error;
        text.setId("draft-text");
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            Runnable apply = () -> readUpload(bytes);
            if (ui != null) {
                ui.access(apply::run);
            } else {
                getUI().ifPresent(attached -> attached.access(apply::run));
            }
        }));
        upload.setId("draft-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UPLOAD_MAX_BYTES);
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", "text/markdown", "text/plain");
        upload.setUploadButton(new Button(uploadLabel));
        upload.addFileRejectedListener(e -> error.showKey("draft.form.upload-rejected"));
        previewButton.setId("preview-draft");
        previewButton.addClickListener(e -> showPreview());
        preview.setId("draft-preview");
        preview.addClassName("draft-preview");
        getContent().add(text, upload, previewButton, preview);
    }

    void localize() {
        text.setLabel(getTranslation("draft.form.text"));
        text.setHelperText(getTranslation("draft.form.text-help"));
        uploadLabel.setText(getTranslation("draft.form.upload"));
        previewButton.setText(getTranslation("draft.form.preview"));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("draft.form.upload-drop"))
                .setMany(getTranslation("draft.form.upload-drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("draft.form.upload-rejected"))
                .setFileIsTooBig(getTranslation("draft.form.upload-rejected"))
                .setIncorrectFileType(getTranslation("draft.form.upload-rejected")));
        upload.setI18n(i18n);
    }

    /** The language the text is written in, for screen readers and spell checkers. */
    void setLanguage(String language) {
        text.getElement().setAttribute("lang", language);
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String markdown) {
        text.setValue(markdown == null ? "" : markdown);
    }

    /** The sections as readers will see them, or the reason they cannot be made. */
    void showPreview() {
        preview.removeAll();
        try {
            List<ParsedSection> sections = MarkdownSections.parse(text.getValue());
            error.clear();
            preview.add(new H2(getTranslation("draft.preview.title", sections.size())));
            int number = 1;
            for (ParsedSection section : sections) {
                preview.add(new H3(number++ + ". " + section.heading()), SectionBody.of(section.body(), 4));
            }
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }

    private void readUpload(byte[] bytes) {
        try {
            String markdown = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (markdown.startsWith("\uFEFF")) {
                markdown = markdown.substring(1);
            }
            text.setValue(markdown);
            upload.clearFileList();
            showPreview();
        } catch (CharacterCodingException notText) {
            error.showKey("draft.form.upload-not-text");
        }
    }
}
