package org.policycommons.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that says why there is nothing to show here, in the reader's language, with a way back. */
abstract class ErrorPage extends PublicPage implements HasDynamicTitle {

    private final String titleId;
    private final String titleKey;
    private final String textKey;

    ErrorPage(String titleId, String titleKey, String textKey) {
        this.titleId = titleId;
        this.titleKey = titleKey;
        this.textKey = textKey;
    }

    @Override
    protected void render(Main main) {
        H1 title = new H1(getTranslation(titleKey));
        title.setId(titleId);
        Anchor back = new Anchor("./", getTranslation("not-found.back"));
        back.setRouterIgnore(true);
        main.add(title, new Paragraph(getTranslation(textKey)), back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
