package org.policycommons.vote;

import java.util.List;

import org.policycommons.rubric.ActionStep;

/** The priorities a new cycle starts with, one per SECURe action step, written for this project and editable. */
final class DefaultPriorities {

    record Seed(ActionStep step, Priority.Wording english, Priority.Wording spanish) {
    }

    private DefaultPriorities() {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(ActionStep.PARTNERSHIPS,
                    new Priority.Wording("A written agreement that says who does what",
                            "The district and the police agree in writing on the officers' duties, and families can read it."),
                    new Priority.Wording("Un acuerdo escrito que diga quién hace qué",
                            "El distrito y la policía acuerdan por escrito las funciones de los agentes, y las familias pueden leerlo.")),
            new Seed(ActionStep.CIVIL_RIGHTS,
                    new Priority.Wording("Officers take no part in school discipline",
                            "School staff handle breaches of the code of conduct; officers act only on serious threats to safety."),
                    new Priority.Wording("Los agentes no intervienen en la disciplina escolar",
                            "El personal escolar se ocupa de las faltas al código de conducta; los agentes solo actúan ante amenazas graves.")),
            new Seed(ActionStep.HIRING,
                    new Priority.Wording("Students and families help choose officers",
                            "Officers are selected with students and families on the panel, for their experience with young people."),
                    new Priority.Wording("Estudiantes y familias ayudan a elegir a los agentes",
                            "Los agentes se eligen con estudiantes y familias en el comité, por su experiencia con jóvenes.")),
            new Seed(ActionStep.TRAINING,
                    new Priority.Wording("Training in de-escalation and adolescent development",
                            "Every officer is trained before starting and every year, including on disability and bias."),
                    new Priority.Wording("Formación en desescalada y desarrollo adolescente",
                            "Cada agente recibe formación antes de empezar y cada año, también sobre discapacidad y sesgos.")),
            new Seed(ActionStep.EVALUATION,
                    new Priority.Wording("Publish arrest and referral data every year",
                            "The district publishes arrests, referrals and uses of force by school, race and disability."),
                    new Priority.Wording("Publicar cada año los datos de arrestos y derivaciones",
                            "El distrito publica arrestos, derivaciones y usos de la fuerza por escuela, raza y discapacidad.")));
}
