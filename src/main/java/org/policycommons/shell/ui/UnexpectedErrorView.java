package org.policycommons.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import org.policycommons.shell.FailureReference;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Any page that failed for a reason nobody planned for. It says so in the reader's language with a reference code;
 * the exception itself goes to the log under the same code, never to the page (Vaadin's own page would show it).
 */
@AnonymousAllowed
class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private String reference = "";

    UnexpectedErrorView() {
        super("unexpected-error-title", "unexpected-error.title", "unexpected-error.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference = FailureReference.log(event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected void render(Main main) {
        super.render(main);
        Span code = new Span(reference);
        code.setId("error-reference");
        code.addClassName("error-reference");
        main.addComponentAtIndex(2, new Paragraph(new Span(getTranslation("unexpected-error.reference") + " "), code));
    }
}
