package org.policycommons.shell;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A failure while a person works on a page (a click, a save) leaves the page as it is, with everything typed still in
 * its fields, and says in their language that something went wrong, with a reference code for the log. Vaadin's
 * default would log it and say nothing in production.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(SessionErrors::handle));
    }

    private static void handle(ErrorEvent error) {
        UI ui = UI.getCurrent();
        String where = ui == null ? "a request" : ui.getInternals().getActiveViewLocation().getPath();
        String reference = FailureReference.log(where, error.getThrowable());
        if (ui != null) {
            Notification notice = new Notification();
            notice.setDuration(0);
            notice.setPosition(Notification.Position.MIDDLE);
            notice.setId("unexpected-error-notice");
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.getElement().setAttribute("role", "alert");
            Button close = new Button(ui.getTranslation("unexpected-error.close"), click -> notice.close());
            Span text = new Span(ui.getTranslation("unexpected-error.notice", reference));
            text.setId("unexpected-error-text");
            notice.add(text, close);
            notice.open();
        }
    }
}
