/**
 * Texts a district writes for its participants, in each of the languages it offers: one translation model for every
 * such text (docs/decisions/023), and how a text is shown in a language it lacks.
 */
package org.policycommons.text;
