package org.policycommons.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to main content": the first stop of the keyboard, visible when focused. Vaadin pages carry a {@code <base>}
 * element, so a bare {@code #main-content} link would leave the page; the click moves the focus instead.
 */
class SkipLink extends Anchor {

    static final String TARGET_ID = "main-content";

    SkipLink() {
        super("#" + TARGET_ID, "");
        addClassName("skip-link");
        setRouterIgnore(true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView(); }
                });""", TARGET_ID);
    }
}
