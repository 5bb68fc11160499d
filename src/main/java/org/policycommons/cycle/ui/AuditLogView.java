package org.policycommons.cycle.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.audit.AuditChange;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** The audit log for admins and the board: every admin action, newest first, by cycle and by actor, paged. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + AuditLogView.PATH, layout = DistrictLayout.class)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.BOARD})
class AuditLogView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "audit";

    private final AuditLog audit;
    private final CycleService cycles;
    private final DistrictDirectory districts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Select<Cycle> cycleFilter = new Select<>();
    private final Select<AuditLog.Actor> actorFilter = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private ZoneId zone = ZoneId.of("UTC");

    AuditLogView(AuditLog audit, CycleService cycles, DistrictDirectory districts) {
        this.audit = audit;
        this.cycles = cycles;
        this.districts = districts;
        cycleFilter.setId("audit-cycle");
        cycleFilter.setEmptySelectionAllowed(true);
        cycleFilter.setItemLabelGenerator(cycle -> cycle == null ? "" : cycle.titleFor(getLocale()));
        actorFilter.setId("audit-actor");
        actorFilter.setEmptySelectionAllowed(true);
        actorFilter.setItemLabelGenerator(actor -> actor == null ? "" : actor.name());
        cycleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actorFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("audit-log");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        Div filters = new Div(cycleFilter, actorFilter);
        filters.addClassName("filters");
        getContent().add(title, intro, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        District district = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER)
                .flatMap(districts::bySlug).orElse(null);
        if (district != null) {
            zone = district.timeZone();
        }
        cycleFilter.setItems(cycles.history());
        actorFilter.setItems(audit.actors());
        grid.setItems(query -> audit.entries(
                cycleFilter.getOptionalValue().map(Cycle::id).orElse(null),
                actorFilter.getOptionalValue().map(AuditLog.Actor::subject).orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        CycleTexts texts = new CycleTexts(this);
        title.setText(texts.t("audit.title"));
        intro.setText(texts.t("audit.intro"));
        cycleFilter.setLabel(texts.t("audit.filter.cycle"));
        cycleFilter.setEmptySelectionCaption(texts.t("audit.filter.all-cycles"));
        actorFilter.setLabel(texts.t("audit.filter.actor"));
        actorFilter.setEmptySelectionCaption(texts.t("audit.filter.all-actors"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(event.getLocale());
        grid.removeAllColumns();
        grid.addColumn(entry -> when.format(entry.occurredAt().atZone(zone))).setHeader(texts.t("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(texts.t("audit.column.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> texts.t("audit.action." + entry.action())).setHeader(texts.t("audit.column.what"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> changes(entry, texts)).setHeader(texts.t("audit.column.changes"));
    }

    /** "Opens on: 2027-03-01 → 2027-03-08", one line per changed field; a field's name in the reader's language. */
    private static UnorderedList changes(AuditEntry entry, CycleTexts texts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("audit-changes");
        for (AuditChange change : entry.changes()) {
            String field = texts.t("audit.field." + change.field());
            if (field.startsWith("!")) {
                field = change.field();
            }
            list.add(new ListItem(texts.t("audit.change", field, shown(change.before()), shown(change.after()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(texts.t("audit.no-change")));
        }
        return list;
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
