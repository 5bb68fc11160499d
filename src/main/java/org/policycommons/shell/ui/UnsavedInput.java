package org.policycommons.shell.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;

/**
 * Keeps what someone typed in one part of a page when another part's action makes the page show the saved state
 * again. Take the fields' values before the rebuild ({@link #takeFrom}), then give them back to the new fields with
 * the same ids ({@link #giveBackTo}). The part whose action ran is left out: it now shows what was saved.
 * Checkboxes are left out too: each tick is saved at once.
 */
public final class UnsavedInput {

    private final Map<String, Object> values;

    private UnsavedInput(Map<String, Object> values) {
        this.values = values;
    }

    /** The values of every field with an id below {@code root}, except those below {@code saved} (may be null). */
    public static UnsavedInput takeFrom(Component root, Component saved) {
        Map<String, Object> values = new HashMap<>();
        walk(root, saved, field -> field.getId().ifPresent(id -> values.put(id, ((HasValue<?, ?>) field).getValue())));
        return new UnsavedInput(values);
    }

    /**
     * Rebuilds the part of a page below {@code root} after {@code saved}'s action, keeping what was typed in the rest
     * of it.
     */
    public static void rebuild(Component root, Component saved, Runnable render) {
        UnsavedInput typed = takeFrom(root, saved);
        render.run();
        typed.giveBackTo(root);
    }

    /** Sets each field below {@code root} that had an id before to the value it had, if that differs. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void giveBackTo(Component root) {
        walk(root, null, field -> field.getId().filter(values::containsKey).ifPresent(id -> {
            HasValue hasValue = (HasValue) field;
            Object typed = values.get(id);
            if (!Objects.equals(hasValue.getValue(), typed)) {
                hasValue.setValue(typed);
            }
        }));
    }

    private static void walk(Component component, Component skipped, Consumer<Component> field) {
        if (component == skipped) {
            return;
        }
        if (component instanceof HasValue<?, ?> && !(component instanceof Checkbox)) {
            field.accept(component);
        }
        component.getChildren().forEach(child -> walk(child, skipped, field));
    }
}
