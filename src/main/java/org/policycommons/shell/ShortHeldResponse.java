package org.policycommons.shell;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Vaadin keeps each page's last response in the session, to answer again if the browser resends its request; after a
 * navigation that is the whole page, drawn. The browser answers once right after it has drawn the page, so what the
 * session keeps is that short answer instead (docs/decisions/031): on the draft page, tens of kilobytes a session.
 */
@Component
class ShortHeldResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigated ->
                init.getUI().getPage().executeJs("return 0").then(answered -> { })));
    }
}
