/**
 * How pages write and show a district's texts in its languages: one field per language on the forms
 * ({@link org.policycommons.text.ui.TranslatedFields}), and a text shown with its {@code lang} and, when it is not in
 * the reader's language, a note saying which language it is in ({@link org.policycommons.text.ui.ShownText}).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.policycommons.text.ui;
