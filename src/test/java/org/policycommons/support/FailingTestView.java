package org.policycommons.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Test-only pages (on the test classpath alone, never in the jar) that fail as no real page should: one while it is
 * opened, one when its button saves what was typed.
 */
public final class FailingTestView {

    private FailingTestView() {
    }

    @Route("test-only/fails-to-open")
    @AnonymousAllowed
    public static class FailsToOpen extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalArgumentException("No enum constant org.policycommons.Test.BROKEN (test-only failure)");
        }
    }

    @Route("test-only/fails-to-save")
    @AnonymousAllowed
    public static class FailsToSave extends Div {
        public FailsToSave() {
            Main main = new Main();
            // A plain input: the production bundle loads a route's web components with the route, and test-only
            // routes are not among those it knows.
            Input text = new Input();
            text.setPlaceholder("Comment");
            text.getElement().setAttribute("aria-label", "Comment");
            text.setId("typed");
            Button save = new Button("Save", click -> {
                throw new IllegalStateException("java.sql.SQLException: test-only failure while saving");
            });
            save.setId("save");
            main.add(text, save);
            add(main);
        }
    }
}
