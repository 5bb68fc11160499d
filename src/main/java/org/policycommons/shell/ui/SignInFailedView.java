package org.policycommons.shell.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a sign-in that could not be completed ends: say so plainly, with a way back to start again. */
@Route("sign-in-failed")
@AnonymousAllowed
class SignInFailedView extends ErrorPage {

    SignInFailedView() {
        super("sign-in-failed-title", "sign-in-failed.title", "sign-in-failed.text");
    }
}
