package org.policycommons.shell.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policycommons.common.Markup;
import org.policycommons.common.Translations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.Languages;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every district page: the district's name, navigation, who is signed in and in what role, the
 * language switch and sign-out. It is also the guard of {@code /d/{slug}}: a page of a district is only shown to
 * a session signed in to that district.
 */
@CssImport("./styles/portal.css")
// The layout is the district guard itself (beforeEnter); Vaadin's generic check would send strangers to "/".
@AnonymousAllowed
public class DistrictLayout extends AppLayout implements BeforeEnterObserver, LocaleChangeObserver {

    public static final String DISTRICT_PARAMETER = "district";

    private final DistrictDirectory districts;
    private final Translations translations;
    private final ParticipantService participants;
    private final AuthenticationContext authentication;
    private final List<DistrictMenu> menus;

    private final Main main = new Main();
    private final SkipLink skipLink = new SkipLink();
    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final Span districtName = new Span();
    private final Span signedInAs = new Span();
    private final Span roleLabel = new Span();
    private final Button signOut = new Button();
    private final Nav nav = new Nav();
    private final LanguageSwitch languages = new LanguageSwitch(List.of(), this::chooseLanguage);
    private final SideNav sideNav = new SideNav();
    /** Under every page: the link to the district's accessibility statement (a public page, outside Vaadin). */
    private final Element footer = new Element("footer");
    private District district;
    /** The signed-in person's record, read once when the layout shows a district. */
    private Optional<Participant> participant = Optional.empty();

    DistrictLayout(DistrictDirectory districts, ParticipantService participants, AuthenticationContext authentication,
                   List<DistrictMenu> menus, Translations translations) {
        this.districts = districts;
        this.translations = translations;
        this.menus = menus.stream().sorted(Comparator.comparingInt(DistrictMenu::order)).toList();
        this.participants = participants;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);

        main.setId(SkipLink.TARGET_ID);
        // On a phone the app layout scrolls its content area: keyboard users must be able to focus it to scroll.
        main.getElement().setAttribute("tabindex", "0");
        main.addClassName("page");
        footer.setAttribute("class", "portal-footer");

        districtName.addClassName("district-name");
        districtName.setId("district-name");
        signedInAs.setId("signed-in-as");
        roleLabel.setId("signed-in-role");
        Div who = new Div(signedInAs, roleLabel);
        who.addClassName("who");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.addClickListener(e -> this.authentication.logout());
        // What was being written stays in the tab until it is posted, but never past signing out.
        KeptDraft.forgetAllOnClick(signOut);
        Header header = new Header(skipLink, drawerToggle, districtName, new Div(), who, languages, signOut);
        header.addClassName("portal-header");
        addToNavbar(header);

        nav.add(sideNav);
        addToDrawer(nav);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(DISTRICT_PARAMETER).orElse("");
        Optional<District> found = districts.bySlug(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, slug);
            return;
        }
        if (!found.get().active()) {
            event.rerouteToError(new DistrictClosedException(slug), slug);
            return;
        }
        if (!CurrentUser.isSignedInTo(found.get())) {
            // Another district's session, or none: load the page in full, so that DistrictSessionFilter ends any
            // other district's session, remembers the page and starts this district's sign-in.
            String page = "/" + event.getLocation().getPathWithQueryParameters();
            event.forwardToUrl(VaadinServletRequest.getCurrent().getContextPath() + page);
            return;
        }
        if (district == null || district.id() != found.get().id()) {
            district = found.get();
            participant = participants.current();
            // The person's language if the district offers it, else the browser's if offered, else the district's first.
            List<Locale> offered = translations.offered(district.languages());
            Locale shown = translations.forReader(offered, participant.flatMap(Participant::preferredLocale)
                    .filter(preferred -> offered.stream().anyMatch(l -> l.getLanguage().equals(preferred.getLanguage())))
                    .orElse(UI.getCurrent().getLocale()));
            languages.show(offered);
            if (!shown.getLanguage().equals(UI.getCurrent().getLocale().getLanguage())) {
                Languages.apply(UI.getCurrent(), shown);
            }
            render();
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement(), footer);
        setContent(main);
        // A new page opens at its top. The app layout's content area is what scrolls, not the window, so the router's
        // own scroll to the top does nothing, and a page reached from a long form opened where the form was.
        getElement().executeJs("const area = this.shadowRoot && this.shadowRoot.querySelector(\"[part~='content']\");"
                + " if (area) { area.scrollTop = 0; }");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void chooseLanguage(Locale locale) {
        Languages.apply(UI.getCurrent(), locale);
        participants.preferLanguage(locale);
    }

    private void render() {
        skipLink.setText(getTranslation("shell.skip"));
        drawerToggle.setAriaLabel(getTranslation("shell.menu"));
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav"));
        Drawn.text(signOut, getTranslation("shell.sign-out"));
        if (district == null) {
            return;
        }
        Drawn.text(districtName, district.name());
        footer.setProperty("innerHTML", footerLink("/public/" + district.slug() + "/accessibility",
                getTranslation("public.accessibility.link")));
        sideNav.removeAll();
        String base = "d/" + district.slug();
        sideNav.addItem(new SideNavItem(getTranslation("shell.nav.home"), base));
        Optional<PortalUser> user = CurrentUser.get();
        user.ifPresent(u -> menus.stream().flatMap(menu -> menu.entriesFor(u).stream()).forEach(entry ->
                sideNav.addItem(new SideNavItem(getTranslation(entry.translationKey()), base + "/" + entry.path()))));
        Drawn.text(signedInAs, user.map(this::nameShownFor).map(name -> getTranslation("shell.signed-in-as", name)).orElse(""));
        Drawn.text(roleLabel, user.map(u -> getTranslation("shell.role", roleNames(u))).orElse(""));
    }

    /** Students are shown by pseudonym, even to themselves, so a shared or projected screen never names them. */
    private String nameShownFor(PortalUser user) {
        if (user.hasRole(PortalRole.STUDENT)) {
            return participant.map(Participant::pseudonym).orElse(getTranslation("role.student"));
        }
        return user.displayName();
    }

    String roleNames(PortalUser user) {
        return user.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation("role." + role.realmRole()))
                .collect(Collectors.joining(", "));
    }

    /** The footer's link to an accessibility statement: a public page, so the router leaves it to the browser. */
    static String footerLink(String href, String text) {
        return new Markup().open("a", "href", href, "id", "accessibility-link", "router-ignore", "")
                .text(text).close("a").toString();
    }
}
