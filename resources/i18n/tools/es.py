# -*- coding: utf-8 -*-
"""English UI text -> neutral Latin-American Spanish (usted), plain words."""

TR = {
# ---------------------------------------------------------------- evidence as comparisons (steps, report)
"Each result below compares groups of people in the same study over the same time: for example, people who had cement and people who had a fake procedure. Compare the groups only within a result. “Certainty” says how sure researchers are. Numbers in brackets are sources: select them to read the references. A clinic's claim with no comparison group is shown last, and marked.":
    "Cada resultado de abajo compara grupos de personas del mismo estudio durante el mismo tiempo: por ejemplo, personas a quienes se les puso cemento y personas con un procedimiento simulado. Compare los grupos solo dentro de un mismo resultado. “Certeza” dice qué tan seguros están los investigadores. Los números entre corchetes son fuentes: selecciónelos para leer las referencias. Lo que dice una clínica sin grupo de comparación aparece al final, marcado.",
"Every result, question by question": "Cada resultado, pregunta por pregunta",
"No comparison group: a clinic's claim, not a fair test.": "Sin grupo de comparación: lo que dice una clínica, no una prueba justa.",
"Certainty:": "Certeza:",
"Measure:": "Medida:",
"Paid for by:": "Pagado por:",
"Unverified: a figure in this result has not yet been checked against its source.": "Sin verificar: una cifra de este resultado todavía no se ha revisado con su fuente.",
"What expert groups say": "Lo que dicen los grupos de expertos",
"Guidelines and payers looked at the same evidence and came to different advice. None of them knows your situation: talk them through with your care team.":
    "Las guías y los que pagan la atención miraron la misma evidencia y dieron consejos distintos. Ninguno conoce su situación: hable de ellos con su equipo médico.",
"Group": "Grupo",
"Result": "Resultado",
"Difference": "Diferencia",
"Certainty": "Certeza",
"Measure: {m}.": "Medida: {m}.",
"No comparison group: a clinic claim, not a fair test.": "Sin grupo de comparación: lo que dice una clínica, no una prueba justa.",
"A figure in this result is not yet verified.": "Una cifra de este resultado todavía no está verificada.",
"Each result compares groups of people in the same study over the same time, such as people who had cement and people who had a fake procedure. Counts are out of 100 people (or out of 1,000 for rare events). Compare groups only within a result. Numbers in square brackets point to the references.":
    "Cada resultado compara grupos de personas del mismo estudio durante el mismo tiempo, como personas a quienes se les puso cemento y personas con un procedimiento simulado. Los conteos son de cada 100 personas (o de cada 1,000 para cosas raras). Compare los grupos solo dentro de un mismo resultado. Los números entre corchetes indican las referencias.",
# ---------------------------------------------------------------- take-home summary (typst; report/content.py)
"Your options at a glance": "Sus opciones de un vistazo",
"Key results from research": "Resultados clave de la investigación",
"Each picture shows 100 people. A filled square is one person who had the result. Compare the two groups in one picture only: they come from the same study.":
    "Cada dibujo muestra 100 personas. Un cuadro lleno es una persona que tuvo el resultado. Compare los dos grupos solo dentro de un mismo dibujo: vienen del mismo estudio.",
"Next steps and warning signs": "Próximos pasos y señales de alarma",
"Your care team can type this code into the decision aid to see your answers.":
    "Su equipo médico puede escribir este código en la ayuda para ver sus respuestas.",
"About this summary": "Sobre este resumen",
"Content version {v}, published {p}. {review} Written by: {names}. {where}":
    "Versión del contenido {v}, publicada el {p}. {review} Escrito por: {names}. {where}",
"The sources are listed at the end, under “References”.": "Las fuentes están al final, en “Referencias”.",
"Every result and all sources: ask for the summary with the full evidence, or see the decision aid.":
    "Todos los resultados y todas las fuentes: pida el resumen con toda la evidencia, o vea la ayuda.",
"The full evidence": "Toda la evidencia",
"Include the full evidence": "Incluir toda la evidencia",
"&Include the full evidence": "Incluir toda la evi&dencia",
"Include the full evidence: every result, recovery and all references, after the summary":
    "Incluir toda la evidencia: cada resultado, la recuperación y todas las referencias, después del resumen",
# ---------------------------------------------------------------- shared / report
"No figure available.": "No hay una cifra disponible.",
"fewer than {n} out of {d}": "menos de {n} de cada {d}",
"about {n} out of {d}": "alrededor de {n} de cada {d}",
"{n} out of {d}": "{n} de cada {d}",
"(range {lo} to {hi})": "(rango de {lo} a {hi})",
"a difference of {md} points on the {scale}": "una diferencia de {md} puntos en la {scale}",
"scale": "escala",
"{label} certainty": "Certeza: {label}",
"figure not yet verified": "cifra sin verificar",
"Yes": "Sí",
"No": "No",
"report": "informe",
"Your decision summary": "El resumen de su decisión",
"Date of discussion": "Fecha de la conversación",
"Summary printed": "Fecha de impresión del resumen",
"Name": "Nombre",
"Clinician": "Profesional de salud",
"Clinic": "Clínica",
"Record copy (includes the clinician's notes)": "Copia para el expediente (incluye las notas del profesional de salud)",
"Patient copy, for you to keep": "Copia del paciente, para que usted la guarde",
"This copy": "Esta copia",
"DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.":
    "BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.",
"From your answers about your situation, these are points to talk about with your care team.":
    "Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.",
"Important": "Importante",
"Points to discuss": "Puntos para hablar",
"Question": "Pregunta",
"Your answer": "Su respuesta",
"About your situation": "Sobre su situación",
"These are the choices. Each one is a reasonable choice for some people.":
    "Estas son las opciones. Cada una es una opción razonable para algunas personas.",
"Your options": "Sus opciones",
"Your options side by side": "Sus opciones, una al lado de la otra",
"The chart could not be drawn. The same numbers are in the table below.":
    "No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.",
"Benefit": "Beneficio",
"Harm": "Daño",
"Benefits": "Beneficios",
"Harms": "Daños",
"People: {g}.": "Personas: {g}.",
"Compared with: {c}.": "Comparado con: {c}.",
"No comparable figure (the chart says why).": "No hay una cifra comparable (la gráfica dice por qué).",
"Numbers are out of 100 people like you (or out of 1,000 for rare events), with the range the studies allow and how certain the evidence is. Compare options only within a row: each row is one kind of study. Numbers in square brackets point to the references.":
    "Las cifras dicen cuántas de cada 100 personas como usted (o de cada 1,000 para cosas raras), con el rango que permiten los estudios y qué tan segura es la evidencia. Compare las opciones solo dentro de una misma fila: cada fila es un tipo de estudio. Los números entre corchetes indican las referencias.",
"The same numbers in words": "Las mismas cifras en palabras",
"Benefits and harms in numbers": "Beneficios y daños en cifras",
"Warning signs after a procedure": "Señales de alarma después de un procedimiento",
"Recovery": "Recuperación",
"You said these matter most to you:": "Usted dijo que esto es lo más importante para usted:",
"{r} on a scale of 0 to 4": "{r} en una escala de 0 a 4",
"You did not mark anything as very important.": "Usted no marcó nada como muy importante.",
"All ratings": "Todas las calificaciones",
"Statement": "Frase",
"Rating (0 to 4)": "Calificación (0 a 4)",
"What matters most to you": "Lo que es más importante para usted",
"You did not answer the knowledge questions.": "Usted no contestó las preguntas sobre lo que sabe.",
"What you know": "Lo que usted sabe",
"You answered {right} of {answered} questions correctly ({total} questions in all).":
    "Contestó bien {right} de {answered} preguntas ({total} preguntas en total).",
"Not answered.": "Sin respuesta.",
"Your answer: {a}. Correct.": "Su respuesta: {a}. Correcta.",
"Your answer: {a}. The answer is: {c}.": "Su respuesta: {a}. La respuesta es: {c}.",
"You are not sure yet. That is fine.": "Todavía no lo ha decidido. Está bien.",
"You are leaning towards: {name}.": "Usted se inclina por: {name}.",
"You did not say which option you are leaning towards.": "Usted no dijo por cuál opción se inclina.",
"How sure you feel (the SURE test)": "Qué tan seguro/a se siente (la prueba SURE)",
"Not answered": "Sin respuesta",
"Not all four questions were answered, so there is no score.":
    "No se contestaron las cuatro preguntas, así que no hay puntuación.",
"Your score: {n} of 4 answered “yes”.": "Su puntuación: {n} de 4 respuestas fueron “sí”.",
"Where you are leaning": "Hacia dónde se inclina",
"You did not choose any questions. You can write some here:":
    "Usted no eligió ninguna pregunta. Puede escribir algunas aquí:",
"Your own questions": "Sus propias preguntas",
"Questions to ask your care team": "Preguntas para hacerle a su equipo médico",
"Next steps": "Próximos pasos",
"No notes were written.": "No se escribieron notas.",
"Clinician notes": "Notas del profesional de salud",
"The numbers in square brackets in this summary point to these sources.":
    "Los números entre corchetes en este resumen indican estas fuentes.",
"Funding: {f}": "Financiamiento: {f}",
"Industry-funded (funded or written by a device maker)":
    "Financiado por la industria (pagado o escrito por un fabricante de dispositivos)",
"References": "Referencias",
"Content version": "Versión del contenido",
"Published": "Publicado",
"Last reviewed": "Última revisión",
"Next review due": "Próxima revisión",
"Evidence searched up to": "Búsqueda de evidencia hasta",
"Review status": "Estado de la revisión",
"DRAFT, not yet clinically reviewed": "BORRADOR, todavía sin revisión clínica",
"Clinically reviewed": "Con revisión clínica",
"Written by": "Escrito por",
"Funding": "Financiamiento",
"Conflicts of interest": "Conflictos de interés",
"How the evidence was chosen": "Cómo se eligió la evidencia",
"Updates": "Actualizaciones",
"Made with": "Hecho con",
"About this information": "Sobre esta información",
"Decision summary: {t}": "Resumen de la decisión: {t}",
"{app} {ver}. Content version {v}, published {p}, next review {n}.":
    "{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.",
"Record copy": "Copia para el expediente",
"Patient copy": "Copia del paciente",
"DRAFT: not yet clinically reviewed": "BORRADOR: todavía sin revisión clínica",
"{copy}. Made {date}. Content version {v}.": "{copy}. Hecho el {date}. Versión del contenido {v}.",
"Page {x} of {y}": "Página {x} de {y}",
# report: dynamic lookups (EVIDENCE_WORDS, RATING_LABELS, URGENCY_LABELS)
"Before/after report, no comparison group": "Informe de antes y después, sin grupo de comparación",
"Trial against a fake (sham) procedure": "Ensayo contra un procedimiento simulado (falso)",
"Open trial against usual care": "Ensayo abierto contra la atención habitual",
"People who had no procedure": "Personas que no tuvieron un procedimiento",
"Case series: treated people only, no comparison group": "Serie de casos: solo personas tratadas, sin grupo de comparación",
"Observational study, not randomised": "Estudio observacional, no aleatorizado",
"Trial of one procedure against the other": "Ensayo de un procedimiento contra el otro",
"Pooled results of several studies": "Resultados combinados de varios estudios",
"Not important": "Nada importante",
"A little important": "Un poco importante",
"Somewhat important": "Algo importante",
"Very important": "Muy importante",
"Extremely important": "Sumamente importante",
"Get help now": "Pida ayuda ahora",
"Call your care team": "Llame a su equipo médico",
"Talk about this": "Hable de esto",

# ---------------------------------------------------------------- About
"Title": "Título",
"The decision": "La decisión",
"Intended use": "Para qué sirve",
"Who it is for": "Para quién es",
"Who it is not for": "Para quién no es",
"Content pack": "Paquete de contenido",
"Authors": "Autores",
"Evidence search ended": "Fin de la búsqueda de evidencia",
"Update policy": "Cómo se actualiza",
"Reading level": "Nivel de lectura",
"Translation": "Traducción",
"Disclaimer": "Aviso importante",
"App version": "Versión de la aplicación",
"Funding: {funding}": "Financiamiento: {funding}",
"Funded or authored by a device maker.": "Pagado o escrito por un fabricante de dispositivos.",
"About this decision aid": "Acerca de esta ayuda para decidir",

# ---------------------------------------------------------------- Clinician window
"Open a saved discussion": "Abrir una conversación guardada",
"Saved discussions (*.json)": "Conversaciones guardadas (*.json)",
"Unsaved changes": "Cambios sin guardar",
"This discussion has changes that are not saved. Save them before closing?":
    "Esta conversación tiene cambios que no se han guardado. ¿Quiere guardarlos antes de cerrar?",
"&File": "&Archivo",
"&Open discussion…": "&Abrir conversación…",
"Open &recent": "Abrir &reciente",
"&Save discussion": "&Guardar conversación",
"Save discussion &as…": "Guardar conversación c&omo…",
"&Export PDF…": "&Exportar PDF…",
"Export as &HTML…": "Exportar como &HTML…",
"Print pre&view…": "&Vista previa de impresión…",
"&Print…": "&Imprimir…",
"&Copy visit note": "&Copiar nota de la consulta",
"Pre&ferences…": "Pre&ferencias…",
"&Quit": "&Salir",
"&View": "&Ver",
"&Issue cards…": "&Tarjetas de temas…",
"&Text size": "Tamaño de la &letra",
"&High contrast": "&Alto contraste",
"&Full screen": "&Pantalla completa",
"&Help": "A&yuda",
"&Keyboard shortcuts": "&Atajos de teclado",
"&About this decision aid": "A&cerca de esta ayuda para decidir",
"New discussion": "Conversación nueva",
"Cannot open this file": "No se puede abrir este archivo",
"This discussion was saved with a different decision aid ({pack_id}).":
    "Esta conversación se guardó con otra ayuda para decidir ({pack_id}).",
"This discussion was saved with content version {saved_version}; this is version {version}.":
    "Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}.",
"Answers whose content changed: {changed}.": "Respuestas cuyo contenido cambió: {changed}.",
"Answers whose content no longer exists: {vanished}.": "Respuestas cuyo contenido ya no existe: {vanished}.",
"Content has changed": "El contenido cambió",
"This discussion was saved with content version {saved_version}; this is version {version}. None of its answers are affected.":
    "Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}. Ninguna de sus respuestas cambia por esto.",
"Save discussion": "Guardar conversación",
"Not saved": "No se guardó",
"The discussion could not be saved: {error}. Your answers are kept.":
    "No se pudo guardar la conversación: {error}. Sus respuestas se conservan.",
"Export PDF": "Exportar PDF",
"PDF (*.pdf)": "PDF (*.pdf)",
"Writing the summary…": "Preparando el resumen…",
"Export failed": "No se pudo exportar",
"{problem} Your answers are kept.": "{problem} Sus respuestas se conservan.",
"Exported": "Exportado",
"The summary was saved as {name}.": "El resumen se guardó como {name}.",
"Export as HTML": "Exportar como HTML",
"Web page (*.html)": "Página web (*.html)",
"Printing failed": "No se pudo imprimir",
"Preview failed": "No se pudo mostrar la vista previa",
"Next step": "Paso siguiente",
"Previous step": "Paso anterior",
"Move between controls": "Moverse entre los controles",
"Keyboard shortcuts": "Atajos de teclado",
"Action": "Acción",
"Keys": "Teclas",

# ---------------------------------------------------------------- Errors
"Something went wrong": "Algo salió mal",
"Something went wrong; your answers are kept. You can carry on. If it happens again, please tell the staff.":
    "Algo salió mal, pero sus respuestas se conservan. Puede continuar. Si vuelve a pasar, por favor avísele al personal.",

# ---------------------------------------------------------------- Kiosk
"Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin":
    "El modo quiosco necesita un PIN del personal. Configure uno con: decisionaid set-kiosk-pin",
"This content pack is a draft (not clinically reviewed). Kiosk mode shows only reviewed content. For a demo, start with --allow-draft-content.":
    "Este paquete de contenido es un borrador (sin revisión clínica). El modo quiosco solo muestra contenido revisado. Para una demostración, inicie con --allow-draft-content.",
"This content pack was due for review on {date}. Kiosk mode will not show it until an updated pack is installed.":
    "Este paquete de contenido debía revisarse el {date}. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.",
"Are you still there?": "¿Sigue ahí?",
"Continue": "Continuar",
"Continue: keep my answers": "Continuar: conservar mis respuestas",
"To protect your privacy, your answers will be erased in {seconds} seconds. Touch Continue to keep going.":
    "Para proteger su privacidad, sus respuestas se borrarán en {seconds} segundos. Toque Continuar para seguir.",
"I understand": "Entiendo",
"Close this message": "Cerrar este mensaje",
"Tell the front desk now. This may be an emergency.": "Avise en la recepción ahora mismo. Puede ser una emergencia.",
"Please tell the front desk now.": "Por favor, avise en la recepción ahora mismo.",
"Staff PIN": "PIN del personal",
"PIN entered": "PIN ingresado",
"Staff only: enter the PIN to leave kiosk mode.": "Solo para el personal: ingrese el PIN para salir del modo quiosco.",
"Clear": "Borrar",
"OK": "Aceptar",
"Cancel": "Cancelar",
"Digit {digit}": "Dígito {digit}",
"Too many wrong tries. Wait {seconds} seconds.": "Demasiados intentos incorrectos. Espere {seconds} segundos.",
"Wrong PIN.": "PIN incorrecto.",
"Staff corner": "Esquina del personal",
"Printing": "Impresión",
"The summary could not be printed. Please ask at the front desk.":
    "No se pudo imprimir el resumen. Por favor, pregunte en la recepción.",
"Kiosk mode cannot start": "No se puede iniciar el modo quiosco",
"Printing…": "Imprimiendo…",
"Printing the summary": "Imprimiendo el resumen",
"Printing… Please wait a moment.": "Imprimiendo… Espere un momento, por favor.",
"Your summary was sent to the printer. Please collect it at the front desk.":
    "Su resumen se envió a la impresora. Recójalo en la recepción, por favor.",
"Answers not shown": "Respuestas que no se muestran",
"Some answers name things this content does not have: {answers}. They are kept in the file, but not shown or printed.":
    "Algunas respuestas nombran cosas que este contenido no tiene: {answers}. Se guardan en el archivo, pero no se muestran ni se imprimen.",

# ---------------------------------------------------------------- MainWindow
"Decision aid: {title}": "Ayuda para decidir: {title}",
"Progress": "Progreso",
"Steps": "Pasos",
"The steps of the decision aid. A check mark shows steps with answers.":
    "Los pasos de la ayuda para decidir. Una marca ✓ muestra los pasos que tienen respuestas.",
"◀ Back": "◀ Atrás",
"Back to the previous step": "Volver al paso anterior",
"Next ▶": "Siguiente ▶",
"Back (Alt+Left)": "Atrás (Alt+Left)",
"Next (Alt+Right)": "Siguiente (Alt+Right)",
"has answers": "tiene respuestas",
"no answers yet": "todavía sin respuestas",
"Step": "Paso",
"Step {step} of {steps}": "Paso {step} de {steps}",
"Draft content: not yet clinically reviewed.": "Contenido en borrador: todavía sin revisión clínica.",
"DRAFT": "BORRADOR",
"This content was due for review on {date}. Check for an updated content pack.":
    "Este contenido debía revisarse el {date}. Busque un paquete de contenido actualizado.",
"Review overdue:": "Revisión atrasada:",
"Translation:": "Traducción:",

# ---------------------------------------------------------------- Preferences
"Preferences": "Preferencias",
"These settings are kept on this computer. Command-line options override them.":
    "Estos ajustes se guardan en esta computadora. Las opciones de la línea de comandos tienen prioridad sobre ellos.",
"Follow the system (Letter in the US, A4 elsewhere)": "Igual que el sistema (Carta en EE. UU., A4 en otros países)",
"Letter": "Carta",
"A4": "A4",
"Follow the system": "Igual que el sistema",
"Large print summaries by default": "Resúmenes con letra grande de forma predeterminada",
" seconds": " segundos",
"None (no print button at the kiosk)": "Ninguna (sin botón de imprimir en el quiosco)",
"Clinician name": "Nombre del profesional de salud",
"Clinic name": "Nombre de la clínica",
"Default page size": "Tamaño de página predeterminado",
"Default language": "Idioma predeterminado",
"Kiosk idle time": "Tiempo de inactividad del quiosco",
"Kiosk printer": "Impresora del quiosco",

# ---------------------------------------------------------------- widgets
"Show as table": "Mostrar como tabla",
"{title} (table)": "{title} (tabla)",
"Show as chart": "Mostrar como gráfica",
"Definition of {term}": "Definición de {term}",
"What is “{words}”?": "¿Qué es “{words}”?",
"Explain {words}": "Explicar {words}",

# ---------------------------------------------------------------- Steps: titles
"Welcome": "Bienvenida",
"Your situation": "Su situación",
"Compare the options": "Compare las opciones",
"Benefits and risks": "Beneficios y riesgos",
"What matters to you": "Lo que es importante para usted",
"Check your understanding": "Compruebe lo que entendió",
"Questions for your doctor": "Preguntas para su médico",
"Summary": "Resumen",

# ---------------------------------------------------------------- Steps: benefits
"People measured before and after treatment, with no comparison group":
    "Personas medidas antes y después del tratamiento, sin grupo de comparación",
"Trials that compared the procedure with a fake (sham) procedure":
    "Ensayos que compararon el procedimiento con un procedimiento simulado (falso)",
"Trials that compared the procedure with usual care (people knew which treatment they had)":
    "Ensayos que compararon el procedimiento con la atención habitual (las personas sabían qué tratamiento recibieron)",
"People who did not have a procedure": "Personas que no tuvieron un procedimiento",
"Reports on people who had the procedure, with no comparison group":
    "Informes sobre personas que tuvieron el procedimiento, sin grupo de comparación",
"Studies that followed people in everyday care (not a trial)":
    "Estudios que siguieron a personas en su atención de todos los días (no son ensayos)",
"Trials that compared one procedure with the other": "Ensayos que compararon un procedimiento con el otro",
"Results of several studies pooled together": "Resultados de varios estudios combinados",
"high": "alta",
"moderate": "moderada",
"low": "baja",
"very low": "muy baja",
"not reported": "no se informó",
"Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.":
    "Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.",
"Type of evidence:": "Tipo de evidencia:",
"People:": "Personas:",
"Time:": "Tiempo:",
"Compared with:": "Comparado con:",
"Note:": "Nota:",
"Unverified: this figure has not yet been checked against its source.":
    "Sin verificar: esta cifra todavía no se ha comprobado con su fuente.",

# ---------------------------------------------------------------- Steps: compare
"Comparison table of the options": "Tabla para comparar las opciones",
"Questions people ask": "Preguntas que hacen las personas",
"Sources:": "Fuentes:",
"Each row is a question people often ask. Read across a row to compare the answers for each option. Numbers in brackets are sources: select them to read the references.":
    "Cada fila es una pregunta que las personas hacen con frecuencia. Lea la fila de lado a lado para comparar las respuestas de cada opción. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.",

# ---------------------------------------------------------------- Steps: knowledge
"These questions check how clear the information is. It is not a test of you. After you answer, you see the right answer and why. You can change your answer.":
    "Estas preguntas revisan qué tan clara es la información. No es un examen para usted. Después de contestar, verá la respuesta correcta y por qué. Puede cambiar su respuesta.",
"Question {number} of {total}:": "Pregunta {number} de {total}:",
"{question} Answer: {answer}": "{question} Respuesta: {answer}",
"That's right.": "Correcto.",
"Not quite. The answer is: {answer}": "No exactamente. La respuesta es: {answer}",
"You have not answered any of the {total} questions yet.": "Todavía no ha contestado ninguna de las {total} preguntas.",
"{right} of {answered} right.": "{right} de {answered} correctas.",
"You have answered {answered} of {total} questions.": "Ha contestado {answered} de {total} preguntas.",

# ---------------------------------------------------------------- Steps: leaning
"Take the time you need. Ask your care team how long you have to decide.":
    "Tómese el tiempo que necesite. Pregunte a su equipo médico cuánto tiempo tiene para decidir.",
"Look again at the steps “{step1}” and “{step2}”, or ask your care team to go through them with you.":
    "Vuelva a mirar los pasos “{step1}” y “{step2}”, o pida a su equipo médico que los revise con usted.",
"Go back to the step “{step}” and think about what matters most to you.":
    "Vuelva al paso “{step}” y piense en lo que es más importante para usted.",
"Talk it over with family, friends or your care team. You can take your summary with you.":
    "Hable de esto con su familia, sus amigos o su equipo médico. Puede llevar su resumen.",
"Things that may help:": "Cosas que pueden ayudar:",
"Not sure yet": "Todavía no lo sé",
"This is not a final choice. You can change your mind at any time. Your answer helps you and your care team talk about what comes next.":
    "Esta no es una decisión final. Puede cambiar de opinión en cualquier momento. Su respuesta les ayuda a usted y a su equipo médico a hablar de lo que sigue.",
"Which option are you leaning towards right now?": "¿Por cuál opción se inclina en este momento?",
"How sure do you feel?": "¿Qué tan seguro/a se siente?",
"Answer Yes or No to each question. These four questions are called the SURE test. They help you see whether you are ready to decide.":
    "Conteste Sí o No a cada pregunta. Estas cuatro preguntas se llaman la prueba SURE. Le ayudan a ver si está listo/a para decidir.",
"{question} {answer}": "{question} {answer}",
"Leaning towards: {option}": "Se inclina por: {option}",
"You have answered {answered} of the 4 questions.": "Ha contestado {answered} de las 4 preguntas.",
"You answered Yes to {score} of the 4 questions.": "Contestó Sí a {score} de las 4 preguntas.",

# ---------------------------------------------------------------- Steps: options
"Sources": "Fuentes",
"Funded by: {funding}": "Financiado por: {funding}",
"Funded or written by a device maker.": "Pagado o escrito por un fabricante de dispositivos.",
"Close the sources": "Cerrar las fuentes",
"Source {number}: show the reference": "Fuente {number}: mostrar la referencia",
"Show the reference": "Mostrar la referencia",
"These are the options. They are shown in the same order and the same way on every page. The order does not mean one is better.":
    "Estas son las opciones. Se muestran en el mismo orden y de la misma forma en todas las páginas. El orden no quiere decir que una sea mejor.",
"Option: {option}": "Opción: {option}",

# ---------------------------------------------------------------- Steps: questions
"Tick the questions you want to ask. They go on your summary, so you can take them with you.":
    "Marque las preguntas que quiere hacer. Se agregan a su resumen, para que pueda llevarlas con usted.",
"Suggested questions": "Preguntas sugeridas",
"Type a question, then press Add or the Enter key.": "Escriba una pregunta y luego oprima Agregar o la tecla Enter.",
"Your question": "Su pregunta",
"Each question can be up to {chars} characters long. You can add up to {most} questions.": "Cada pregunta puede tener hasta {chars} caracteres. Puede agregar hasta {most} preguntas.",
"You have added {most} questions, the most the summary can hold. Remove one to add another.": "Ya agregó {most} preguntas, lo más que cabe en el resumen. Quite una para agregar otra.",
"That is the most this box can hold.": "Es lo más que cabe en este espacio.",
"{chars} characters left.": "Quedan {chars} caracteres.",
"Notes for the person and their care team. They go on the summary. Up to {chars} characters.": "Notas para la persona y su equipo médico. Se agregan al resumen. Hasta {chars} caracteres.",
"The notes can hold up to {chars} characters. The rest was not added.": "Las notas pueden tener hasta {chars} caracteres. El resto no se agregó.",
"Your own question": "Su propia pregunta",
"Add": "Agregar",
"Add your question to the list": "Agregar su pregunta a la lista",
"You have not added any questions of your own.": "Todavía no ha agregado preguntas propias.",
"Remove": "Quitar",
"Remove your question: {text}": "Quitar su pregunta: {text}",

# ---------------------------------------------------------------- Steps: recovery
"1 minute": "1 minuto",
"{n} minutes": "{n} minutos",
"minutes": "minutos",
"1 hour": "1 hora",
"{n} hours": "{n} horas",
"hours": "horas",
"1 day": "1 día",
"{n} days": "{n} días",
"days": "días",
"1 week": "1 semana",
"{n} weeks": "{n} semanas",
"weeks": "semanas",
"1 month": "1 mes",
"{n} months": "{n} meses",
"months": "meses",
"1 year": "1 año",
"{n} years": "{n} años",
"years": "años",
"about {duration}": "alrededor de {duration}",
"{low} to {high} {unit}": "{low} a {high} {unit}",
"{shortest} to {longest}": "{shortest} a {longest}",
"{duration} (up to {longest}) — sources disagree": "{duration} (hasta {longest}) — las fuentes no coinciden",
"{duration} — sources disagree": "{duration} — las fuentes no coinciden",
"What recovery is usually like with each option. Times are typical; your own recovery may be quicker or slower. Where studies give different times, this is shown as a range and marked “sources disagree”.":
    "Cómo suele ser la recuperación con cada opción. Los tiempos son los más comunes; su propia recuperación puede ser más rápida o más lenta. Cuando los estudios dan tiempos diferentes, se muestra un rango marcado con “las fuentes no coinciden”.",
"Recovery with {option}": "Recuperación con {option}",
"When: {when}": "Cuándo: {when}",
"Unverified: this time has not yet been checked against its source.":
    "Sin verificar: este tiempo todavía no se ha comprobado con su fuente.",
"After a procedure, watch for these signs. They are rare, but act at once if you notice one.":
    "Después de un procedimiento, esté atento/a a estas señales. Son raras, pero actúe de inmediato si nota alguna.",
"Emergency:": "Emergencia:",
"Warning sign:": "Señal de alarma:",

# ---------------------------------------------------------------- Steps: situation
"{value} (scale {low} to {high})": "{value} (escala de {low} a {high})",
"A number from {low} to {high}": "Un número del {low} al {high}",
"Clear answer": "Borrar respuesta",
"Clear the answer to: {text}": "Borrar la respuesta a: {text}",
"Urgent — get help now:": "Urgente — pida ayuda ahora:",
"Warning — call your care team:": "Alarma — llame a su equipo médico:",
"Warning:": "Alarma:",
"Urgent:": "Urgente:",
"Call your care team:": "Llame a su equipo médico:",
"To discuss:": "Para hablar:",
"Warning signs from your answers": "Señales de alarma según sus respuestas",
"Back to the question you were answering": "Volver a la pregunta que estaba contestando",
"What usually happens without a procedure": "Lo que suele pasar sin un procedimiento",
"About you": "Sobre usted",
"Answer what you can. Every question is optional, and you can change or clear an answer at any time. Your answers help you and your doctor see what to talk about. They do not decide anything.":
    "Conteste lo que pueda. Todas las preguntas son opcionales, y puede cambiar o borrar una respuesta en cualquier momento. Sus respuestas les ayudan a usted y a su médico a ver de qué hablar. No deciden nada.",
"Points to discuss with your doctor": "Puntos para hablar con su médico",
"Nothing yet. Points appear here as you answer the questions.":
    "Todavía nada. Los puntos aparecen aquí a medida que contesta las preguntas.",
"Warning sign (see the top of this page):": "Señal de alarma (vea la parte de arriba de esta página):",

# ---------------------------------------------------------------- Steps: summary
"Everything you entered, on one page. Take it to your appointment to talk it over with your care team. You can go back to any step to change an answer.":
    "Todo lo que usted escribió, en una sola página. Llévelo a su cita para hablarlo con su equipo médico. Puede volver a cualquier paso para cambiar una respuesta.",
"Export PDF…": "Exportar PDF…",
"Export the summary as a PDF file": "Exportar el resumen como archivo PDF",
"Print preview…": "Vista previa de impresión…",
"Show a print preview of the summary": "Mostrar una vista previa de impresión del resumen",
"Print…": "Imprimir…",
"Print the summary": "Imprimir el resumen",
"Save as HTML…": "Guardar como HTML…",
"Save the summary as a web page (HTML) file": "Guardar el resumen como archivo de página web (HTML)",
"Patient name (optional):": "Nombre del paciente (opcional):",
"Clinician (optional):": "Profesional de salud (opcional):",
"Clinic (optional):": "Clínica (opcional):",
"No answers yet.": "Todavía no hay respuestas.",
"Points to discuss with your care team": "Puntos para hablar con su equipo médico",
"Important:": "Importante:",
"None from your answers so far.": "Ninguno según sus respuestas hasta ahora.",
"Date: {date}": "Fecha: {date}",
"{statement} ({rating})": "{statement} ({rating})",
"Nothing was rated “Important” or “Very important”.": "No se calificó nada como “Importante” o “Muy importante”.",
"No ratings yet.": "Todavía no hay calificaciones.",
"{right} of {answered} right ({answered} of {total} questions answered).": "{right} de {answered} correctas ({answered} de {total} preguntas contestadas).",
"Leaning towards: no answer yet.": "Se inclina por: todavía sin respuesta.",
"How sure you feel (SURE test): not all four questions answered.":
    "Qué tan seguro/a se siente (prueba SURE): no se contestaron las cuatro preguntas.",
"How sure you feel (SURE test): Yes to {score} of 4 questions.":
    "Qué tan seguro/a se siente (prueba SURE): Sí en {score} de 4 preguntas.",
"None chosen.": "No eligió ninguna.",
"None added.": "No agregó ninguna.",
"None.": "Ninguna.",

# ---------------------------------------------------------------- Steps: values
"How important is each of these to you? There are no right or wrong answers, and you can skip any of them. Your ratings are for you and your care team to talk about. The aid does not use them to pick a treatment for you.":
    "¿Qué tan importante es cada una de estas cosas para usted? No hay respuestas correctas ni incorrectas, y puede saltarse cualquiera. Sus calificaciones son para que usted y su equipo médico hablen de ellas. Esta ayuda no las usa para elegir un tratamiento por usted.",
"Clear the rating for: {text}": "Borrar la calificación de: {text}",
"Go back to not rated": "Volver a sin calificar",
"{statement}: {rating}": "{statement}: {rating}",
"• {statement} ({rating})": "• {statement} ({rating})",
"Nothing is rated “Important” or “Very important” yet.": "Todavía no hay nada calificado como “Importante” o “Muy importante”.",
"Nothing yet. When you rate the statements above, the ones that matter most to you show here.":
    "Todavía nada. Cuando califique las frases de arriba, las que son más importantes para usted aparecerán aquí.",
"What matters most to you: {text}": "Lo que es más importante para usted: {text}",

# ---------------------------------------------------------------- Steps: welcome
"This content is a draft. It was written from the cited evidence and has not yet been checked by clinicians.":
    "Este contenido es un borrador. Se escribió a partir de la evidencia citada y todavía no lo han revisado profesionales de salud.",
"DRAFT.": "BORRADOR.",
"Who this is for": "Para quién es",
"Who this is not for": "Para quién no es",
"What it is for": "Para qué sirve",
"How long it takes": "Cuánto tiempo toma",
"If nobody touches the screen for {seconds} seconds, the aid asks if you are still there. If there is no answer, all your answers are erased. Nothing you enter is stored.":
    "Si nadie toca la pantalla durante {seconds} segundos, la ayuda le pregunta si sigue ahí. Si no hay respuesta, se borran todas sus respuestas. No se guarda nada de lo que usted escribe.",
"Your privacy:": "Su privacidad:",
"Who wrote it and when": "Quién lo escribió y cuándo",
"Draft, not yet clinically reviewed": "Borrador, todavía sin revisión clínica",
"Written by:": "Escrito por:",
"Please note:": "Tenga en cuenta:",
"Language and display": "Idioma y pantalla",
"Language": "Idioma",
"Language:": "Idioma:",
"Text size:": "Tamaño de la letra:",
"Text size {percent} percent": "Tamaño de la letra: {percent} por ciento",
"High contrast": "Alto contraste",
}

# ---------------------------------------------------------------- added in pass 2
TR.update({
"How sure you feel (SURE test): no answers yet.": "Qué tan seguro/a se siente (prueba SURE): todavía sin respuestas.",
"Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. Some rows give a difference on a scale instead. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.":
    "Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. Algunas filas dan, en cambio, una diferencia en una escala. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.",
"Every figure, row by row": "Todas las cifras, fila por fila",
"Questions people often ask, with the answer for each option. Compare the answers to one question at a time. Numbers in brackets are sources: select them to read the references.":
    "Preguntas que las personas hacen con frecuencia, con la respuesta para cada opción. Compare las respuestas de una pregunta a la vez. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.",
"Step by step, for each option": "Paso a paso, para cada opción",
})

# (context, English) -> Spanish, where the context changes the wording.
CTX_TR = {
    ("MainWindow", "Steps"): "Pasos",
    ("Language", "English"): "Español",     # this catalogue's own language, by name (ui.i18n.language_name)
}

# ---------------------------------------------------------------- IssueCards
TR.update({
"compared with": "comparado con",
"(unverified)": "(sin verificar)",
"Issue cards": "Tarjetas por tema",
"Choose a topic to see every option on it side by side.":
    "Elija un tema para ver todas las opciones sobre ese tema, una al lado de la otra.",
"Topic: {topic}": "Tema: {topic}",
"Topic details": "Detalles del tema",
"Question or figure": "Pregunta o cifra",
"Nothing in this content pack is tagged with this topic.": "Nada en este paquete de contenido tiene este tema.",
})

# ---------------------------------------------------------------- certainty (report and charts)
TR.update({
"High certainty": "Certeza alta",
"Moderate certainty": "Certeza moderada",
"Low certainty": "Certeza baja",
"Very low certainty": "Certeza muy baja",
})

# ---------------------------------------------------------------- charts (context "Charts")
# Templates from decisionaid/charts/_text.py TRANSLATABLE (fill.py collects them); placeholders stay the same.
# Evidence kinds, certainty words, "1 hour" etc. and "Sources" come from TR.
CHARTS_TR = {
# comparisons (decisionaid/charts/_compare.py and decisionaid/present)
"Benefits: what happened in each group that was compared": "Beneficios: qué pasó en cada grupo que se comparó",
"Harms and other problems: what happened in each group that was compared": "Daños y otros problemas: qué pasó en cada grupo que se comparó",
"Each result compares groups of people in the same study over the same time. Each square is one person. Compare groups only within a result. Numbers in [brackets] point to the sources.":
    "Cada resultado compara grupos de personas del mismo estudio durante el mismo tiempo. Cada cuadrito es una persona. Compare los grupos solo dentro de un mismo resultado. Los números entre [corchetes] indican las fuentes.",
"No comparison group: a clinic's claim, not a fair test": "Sin grupo de comparación: lo que dice una clínica, no una prueba justa",
"The middle line is no difference between the groups. The dot is the difference the study found; the line through it is its range.":
    "La línea del medio es ninguna diferencia entre los grupos. El punto es la diferencia que encontró el estudio; la línea que lo cruza es su rango.",
"Grey: a group that is not one of your options (a fake procedure), or a clinic's claim": "Gris: un grupo que no es una de sus opciones (un procedimiento simulado), o lo que dice una clínica",
"Filled: had this (best estimate)": "Lleno: lo tuvieron (mejor estimación)",
"Hatched: may also have had this (top of the range)": "Rayado: quizás también lo tuvieron (parte alta del rango)",
"Empty: did not have this": "Vacío: no lo tuvieron",
"Trial against a fake procedure": "Ensayo contra un procedimiento simulado",
"Several studies combined": "Varios estudios juntos",
"Trial against usual care, where people knew their treatment": "Ensayo contra la atención habitual, en el que las personas sabían qué tratamiento tenían",
"Trial or studies comparing the two procedures": "Ensayo o estudios que comparan los dos procedimientos",
"People who had no procedure, with no comparison group": "Personas que no tuvieron un procedimiento, sin grupo de comparación",
"Known risks, not measured in a trial": "Riesgos conocidos, no medidos en un ensayo",
"Treated people only, with no comparison group": "Solo personas tratadas, sin grupo de comparación",
"Before and after, with no comparison group": "Antes y después, sin grupo de comparación",
"A clinic's claim, with no comparison group and no known source": "Lo que dice una clínica, sin grupo de comparación y sin fuente conocida",
"Fake procedure": "Procedimiento simulado",
"Usual care in the trial": "Atención habitual del ensayo",
"the fake procedure": "el procedimiento simulado",
"usual care in the trial": "la atención habitual del ensayo",
"Question": "Pregunta",
"Result": "Resultado",
"Groups compared": "Grupos comparados",
"Difference": "Diferencia",
"{low} to {high} in {den}": "de {low} a {high} de cada {den}",
"fewer than {n} in {den}": "menos de {n} de cada {den}",
"about {n} in {den}": "alrededor de {n} de cada {den}",
"{n} in {den}": "{n} de cada {den}",
"fewer than {n} in {den} had this; more than {rest} did not": "menos de {n} de cada {den} lo tuvieron; más de {rest} no",
"about {n} in {den} had this; about {rest} did not": "alrededor de {n} de cada {den} lo tuvieron; alrededor de {rest} no",
"{n} in {den} had this; {rest} did not": "{n} de cada {den} lo tuvieron; {rest} no",
"range {low} to {high}": "rango de {low} a {high}",
"{events} of {people} people": "{events} de {people} personas",
"not reported": "no informado",
"{figure} ({range})": "{figure} ({range})",
"about {n} on average": "alrededor de {n} en promedio",
"{n} on average": "{n} en promedio",
"No difference between the groups": "No hay diferencia entre los grupos",
"{n} more in {den} with {a} than with {b}": "{n} más de cada {den} con {a} que con {b}",
"{n} fewer in {den} with {a} than with {b}": "{n} menos de cada {den} con {a} que con {b}",
"{text} ({range})": "{text} ({range})",
"about ": "alrededor de ",
"Difference between the groups: {about}{n} ({scale})": "Diferencia entre los grupos: {about}{n} ({scale})",
"{text}, {range}": "{text}, {range}",
"{text}, no range given": "{text}, sin rango",
"{text}. {direction}": "{text}. {direction}",
"The source reported only the difference between the groups ({groups}), not each group's own figure.":
    "La fuente informó solo la diferencia entre los grupos ({groups}), no la cifra propia de cada grupo.",
"{a} and {b}": "{a} y {b}",
"{label}: {figure}": "{label}: {figure}",
"{label}, {time}": "{label}, {time}",
"one group only, no comparison group": "un solo grupo, sin grupo de comparación",
"{label}: not reported ({reason})": "{label}: no informado ({reason})",
"Paid for by: {who}": "Pagado por: {who}",
"In a fair trial ({label}, {time}): {comparison}": "En un ensayo justo ({label}, {time}): {comparison}",
"{body}, {year}: {short}": "{body}, {year}: {short}",
"{body} ({year}): {title}": "{body} ({year}): {title}",
# titles and subtitles
"How many people had {label}": "Cuántas personas tuvieron {label}",
"How many people had each benefit": "Cuántas personas tuvieron cada beneficio",
"Each bar shows how many people out of {den} had this, for each option. Thin black lines show the range the true number probably lies in. Numbers in [brackets] point to the sources.":
    "Cada barra muestra cuántas de cada {den} personas tuvieron esto con cada opción. Las líneas negras delgadas muestran el rango donde probablemente está el número real. Los números entre [corchetes] indican las fuentes.",
"Possible harms: how many people had each one": "Posibles daños: cuántas personas tuvieron cada uno",
"Each square is one person. Numbers in [brackets] point to the sources.":
    "Cada cuadrito es una persona. Los números entre [corchetes] indican las fuentes.",
"Recovery: what happens when": "Recuperación: qué pasa y cuándo",
"Time runs from left to right, starting at the treatment. Hours and days are spread out so that they fit on the same line as months. Numbers in [brackets] point to the sources.":
    "El tiempo avanza de izquierda a derecha, desde el tratamiento. Las horas y los días se ven más separados para que quepan en la misma línea que los meses. Los números entre [corchetes] indican las fuentes.",
"This content pack has no figures for this chart.": "Este paquete de contenido no tiene cifras para esta gráfica.",
# markers, legends and axes
"No comparable figure": "No hay una cifra comparable",
"unverified": "sin verificar",
"UNVERIFIED": "SIN VERIFICAR",
"This figure is not yet verified.": "Esta cifra todavía no está verificada.",
"People: {group}": "Personas: {group}",
"Compared with: {what}": "Comparado con: {what}",
"Number of people out of {den}": "Número de personas de cada {den}",
"Had this (best estimate)": "Lo tuvieron (mejor estimación)",
"May also have had this (top of the range)": "Quizás también lo tuvieron (parte alta del rango)",
"Did not have this": "No lo tuvieron",
"Usual time": "Tiempo habitual",
"Sources disagree: may take this long": "Las fuentes no coinciden: puede tardar hasta aquí",
"Happens at one moment": "Pasa en un solo momento",
"Time from the start of treatment": "Tiempo desde el inicio del tratamiento",
"Recovery with {option}: what happens when": "Recuperación con {option}: qué pasa y cuándo",
"Time runs from left to right in steps of the same width: the first day, the first week, the first month, the first 3 months and the first year. Numbers in [brackets] point to the sources.":
    "El tiempo va de izquierda a derecha en pasos del mismo ancho: el primer día, la primera semana, el primer mes, los primeros 3 meses y el primer año. Los números entre [corchetes] indican las fuentes.",
"First day": "Primer día",
"First week": "Primera semana",
"First month": "Primer mes",
"First 3 months": "Primeros 3 meses",
"First year": "Primer año",
"Later": "Después",
"Start": "Inicio",
# numbers in words
"fewer than {n} out of {den}": "menos de {n} de cada {den}",
"about {n} out of {den}": "alrededor de {n} de cada {den}",
"{n} out of {den}": "{n} de cada {den}",
"fewer than {n} out of {den} people": "menos de {n} de cada {den} personas",
"about {n} out of {den} people": "alrededor de {n} de cada {den} personas",
"{n} out of {den} people": "{n} de cada {den} personas",
"Fewer than {n} in {den} had this; more than {rest} did not": "Menos de {n} de cada {den} lo tuvieron; más de {rest} no",
"About {n} in {den} had this; about {rest} did not": "Alrededor de {n} de cada {den} lo tuvieron; alrededor de {rest} no",
"{n} in {den} had this; {rest} did not": "{n} de cada {den} lo tuvieron; {rest} no",
"Fewer than {n} in {den} people had this, and more than {rest} did not":
    "Menos de {n} de cada {den} personas lo tuvieron, y más de {rest} no",
"About {n} in {den} people had this, and about {rest} did not":
    "Alrededor de {n} de cada {den} personas lo tuvieron, y alrededor de {rest} no",
"{n} in {den} people had this, and {rest} did not": "{n} de cada {den} personas lo tuvieron, y {rest} no",
"Fewer than 1 in {den} had this; more than {rest} did not": "Menos de 1 de cada {den} lo tuvo; más de {rest} no",
"About 1 in {den} had this; about {rest} did not": "Alrededor de 1 de cada {den} lo tuvo; alrededor de {rest} no",
"1 in {den} had this; {rest} did not": "1 de cada {den} lo tuvo; {rest} no",
"Fewer than 1 in {den} people had this, and more than {rest} did not":
    "Menos de 1 de cada {den} personas lo tuvo, y más de {rest} no",
"About 1 in {den} people had this, and about {rest} did not":
    "Alrededor de 1 de cada {den} personas lo tuvo, y alrededor de {rest} no",
"1 in {den} people had this, and {rest} did not": "1 de cada {den} personas lo tuvo, y {rest} no",
"range {low} to {high}": "rango de {low} a {high}",
"range {low} to {high} in {den}": "rango de {low} a {high} de cada {den}",
"{a} or {b}": "{a} o {b}",
"{level} certainty": "Certeza: {level}",
# time
"the start": "el inicio",
"{n} minutes": "{n} minutos",
"{n} hours": "{n} horas",
"{n} days": "{n} días",
"{n} weeks": "{n} semanas",
"{n} months": "{n} meses",
"{n} years": "{n} años",
"at {time}": "a {time}",
"at the start": "al inicio",
"from the start to {time}": "desde el inicio hasta {time}",
"from {start} to {end}": "desde {start} hasta {end}",
"{when} (sources disagree: up to {time})": "{when} (las fuentes no coinciden: hasta {time})",
# text alternative
"{option}: no comparable figure. {reason}": "{option}: no hay una cifra comparable. {reason}",
"sources {markers}": "fuentes {markers}",
"{row}: {evidence}; time frame {time_frame}; {people}": "{row}: {evidence}; tiempo: {time_frame}; {people}",
# table headers
"Outcome": "Qué se midió",
"Evidence": "Evidencia",
"Time frame": "Tiempo",
"Option": "Opción",
"Result": "Resultado",
"Range": "Rango",
"Certainty": "Certeza",
"Milestone": "Etapa",
"When": "Cuándo",
"What happens": "Qué pasa",
}

# Strings the app looks up at run time through a variable (not visible to a scanner), per context.
DYNAMIC = {
    "report": ["Before/after report, no comparison group", "Trial against a fake (sham) procedure",
               "Open trial against usual care", "People who had no procedure",
               "Case series: treated people only, no comparison group", "Observational study, not randomised",
               "Trial of one procedure against the other", "Pooled results of several studies",
               "Not important", "A little important", "Somewhat important", "Important", "Very important",
               "Get help now", "Call your care team", "Talk about this", "Important", "Benefits", "Harms",
               "High certainty", "Moderate certainty", "Low certainty", "Very low certainty"],
}
# At a glance's view-model (decisionaid/present/glance.py), looked up in context "Charts" too
CHARTS_TR.update({
"{question}, {option}: {answer}": "{question}, {option}: {answer}",
"{label}: {answer}": "{label}: {answer}",
"not answered": "sin respuesta",
"Leaning: not sure yet": "Todavía no sabe hacia dónde se inclina",
"Leaning towards {option}": "Se inclina por {option}",
"{n} of 4 yes": "{n} de 4 sí",
"{n} of 4 answered": "{n} de 4 respondidas",
})
CTX_TR.update({("Charts", eng): es for eng, es in CHARTS_TR.items()})

# ---------------------------------------------------------------- hand-off code (kiosk summary, clinician)
TR.update({
"Your code for the clinic": "Su código para la clínica",
"Show or read this code to your doctor. It lets them see your answers from this screen. It does not hold your name or anything you typed.":
    "Muéstrele o léale este código a su médico. Así su médico puede ver sus respuestas de esta pantalla. El código no lleva su nombre ni nada de lo que usted escribió.",
"Your answers to private questions are left out unless you tick the box: {questions}":
    "Sus respuestas a preguntas privadas no se incluyen, a menos que marque la casilla: {questions}",
"Put these answers in the code too": "Incluir también estas respuestas en el código",
"Put my answers to the private questions in the code too": "Incluir también mis respuestas a las preguntas privadas en el código",
"Show the code as a QR code": "Mostrar el código como código QR",
"Show the code as a QR code for the clinic to scan": "Mostrar el código como código QR para que la clínica lo escanee",
"Hide the QR code": "Ocultar el código QR",
"Your code: {code}": "Su código: {code}",
"QR code of your code": "Código QR de su código",
"Issue cards:": "Tarjetas por tema:",
"Every option on this topic, side by side": "Todas las opciones sobre este tema, una al lado de la otra",
"Open han&d-off code…": "Abrir código de &traspaso…",
"From the kiosk:": "Del quiosco:",
"These answers were opened from the patient's kiosk hand-off code.":
    "Estas respuestas se abrieron con el código de traspaso del quiosco del paciente.",
"The patient chose not to share the answers to: {questions}": "El paciente decidió no compartir las respuestas a: {questions}",
"Cannot open this code": "No se puede abrir este código",
"Open hand-off code": "Abrir código de traspaso",
"Type the code from the patient's kiosk summary, or scan its QR code into this field. Upper or lower case, hyphens and spaces are all fine. The answers open as a new discussion.":
    "Escriba el código del resumen del quiosco del paciente, o escanee su código QR en este campo. Da igual si usa mayúsculas o minúsculas, guiones o espacios. Las respuestas se abren como una conversación nueva.",
"Hand-off code": "Código de traspaso",
"Open": "Abrir",
"Cancel": "Cancelar",
# decisionaid/handoff.py messages (HandoffError templates, looked up at run time in context "Handoff")
"This content pack has too many questions for a hand-off code ({length} characters; the most is {most}).":
    "Este paquete de contenido tiene demasiadas preguntas para un código de traspaso ({length} caracteres; el máximo es {most}).",
"Hand-off codes never use the letter U. Check the code and try again.":
    "Los códigos de traspaso nunca usan la letra U. Revise el código e intente de nuevo.",
"Hand-off codes use only the digits 0 to 9 and the letters A to Z (except I, L, O and U). Check the code and try again.":
    "Los códigos de traspaso solo usan los dígitos del 0 al 9 y las letras de la A a la Z (menos I, L, O y U). Revise el código e intente de nuevo.",
"Type the hand-off code first.": "Primero escriba el código de traspaso.",
"The code is too short: it has {length} characters and should have {expected}. Check that none are missing.":
    "El código es muy corto: tiene {length} caracteres y debe tener {expected}. Revise que no falte ninguno.",
"The code is too long: it has {length} characters and should have {expected}. Check it and try again.":
    "El código es muy largo: tiene {length} caracteres y debe tener {expected}. Revíselo e intente de nuevo.",
"The code does not check out, so a character is probably mistyped. Check it and try again.":
    "El código no es válido: probablemente hay un carácter mal escrito. Revíselo e intente de nuevo.",
"This code was made by a newer version of the decision aid. Please update the app.":
    "Este código se hizo con una versión más nueva de la ayuda para decidir. Actualice la aplicación.",
"This is not a hand-off code this app can read.": "Este no es un código de traspaso que esta aplicación pueda leer.",
"This code was made with a different decision aid or a different version of its content, so it cannot be opened with this one ({pack_id} {version}).":
    "Este código se hizo con otra ayuda para decidir o con otra versión de su contenido, así que no se puede abrir con esta ({pack_id} {version}).",
"The code is damaged: it does not fit this content pack.": "El código está dañado: no corresponde a este paquete de contenido.",
})
HANDOFF_MESSAGES = [
    "This content pack has too many questions for a hand-off code ({length} characters; the most is {most}).",
    "Hand-off codes never use the letter U. Check the code and try again.",
    "Hand-off codes use only the digits 0 to 9 and the letters A to Z (except I, L, O and U). Check the code and try again.",
    "Type the hand-off code first.",
    "The code is too short: it has {length} characters and should have {expected}. Check that none are missing.",
    "The code is too long: it has {length} characters and should have {expected}. Check it and try again.",
    "The code does not check out, so a character is probably mistyped. Check it and try again.",
    "This code was made by a newer version of the decision aid. Please update the app.",
    "This is not a hand-off code this app can read.",
    "This code was made with a different decision aid or a different version of its content, so it cannot be opened with this one ({pack_id} {version}).",
    "The code is damaged: it does not fit this content pack.",
]
DYNAMIC["Handoff"] = HANDOFF_MESSAGES
# ---------------------------------------------------------------- content review records and signatures
TR.update({
"Published {published}. Next review due {next_review}.": "Publicado el {published}. Próxima revisión el {next_review}.",
"Review status: draft, not yet clinically reviewed.": "Estado de la revisión: borrador, todavía sin revisión clínica.",
"Reviewed by {reviewer} ({role}) on {date}.": "Revisado por {reviewer} ({role}) el {date}.",
"This review covers only part of the content, so it is still a draft.":
    "Esta revisión cubre solo una parte del contenido, así que todavía es un borrador.",
"Content version {version}.": "Versión del contenido {version}.",
"Content signature": "Firma del contenido",
"Not yet reviewed": "Todavía sin revisar",
"Evidence up to": "Evidencia hasta",
"How the evidence was gathered": "Cómo se reunió la evidencia",
"How the aid was developed": "Cómo se hizo esta ayuda",
"Testing with patients and clinicians": "Pruebas con pacientes y profesionales clínicos",
"Signed with the trusted key {key_name}": "Firmado con la clave de confianza {key_name}",
"Unsigned content": "Contenido sin firmar",
"Not yet clinically reviewed.": "Todavía sin revisión clínica.",
"Reviewed by {who} ({role}) on {date}.": "Revisado por {who} ({role}) el {date}.",
"Written by: {names}. {review} How it was made and tested: see \"About this information\" at the end.":
    "Escrito por: {names}. {review} Cómo se hizo y se probó: vea \"Sobre esta información\" al final.",
"Review": "Revisión",
"The trusted keys could not be read, so no content can be shown.":
    "No se pudieron leer las claves de confianza, así que no se puede mostrar ningún contenido.",
"The content pack {pack} is not signed, and kiosk mode shows only signed content. Sign it with 'decisionaid sign-pack {pack} --key KEY', and trust that key on this computer with 'decisionaid trust-key KEY.pub'.":
    "El paquete de contenido {pack} no está firmado, y el modo quiosco solo muestra contenido firmado. Fírmelo con 'decisionaid sign-pack {pack} --key KEY' y confíe en esa clave en esta computadora con 'decisionaid trust-key KEY.pub'.",
"The signature file {signature} of the content pack {pack} cannot be read. Sign the pack again with 'decisionaid sign-pack {pack} --key KEY'.":
    "No se puede leer el archivo de firma {signature} del paquete de contenido {pack}. Vuelva a firmar el paquete con 'decisionaid sign-pack {pack} --key KEY'.",
"The content pack {pack} was changed after it was signed: its bytes do not match {signature}. Install the pack exactly as it was reviewed and signed, or have it reviewed and signed again.":
    "El paquete de contenido {pack} cambió después de firmarse: sus bytes no coinciden con {signature}. Instale el paquete tal como se revisó y se firmó, o haga que se revise y se firme de nuevo.",
"The review record of the content pack {pack} was changed, added or removed after the pack was signed ({signature}). Restore the record as it was signed, or sign the pack again after recording the review.":
    "El registro de revisión del paquete de contenido {pack} cambió, se agregó o se quitó después de firmar el paquete ({signature}). Restaure el registro tal como se firmó, o vuelva a firmar el paquete después de anotar la revisión.",
"The content pack {pack} is signed with a key this computer does not trust (key id {key_id}). If staff trust that key, record it with 'decisionaid trust-key KEY.pub' (with --system where the system trust file is used).":
    "El paquete de contenido {pack} está firmado con una clave en la que esta computadora no confía (id de clave {key_id}). Si el personal confía en esa clave, anótela con 'decisionaid trust-key KEY.pub' (con --system donde se usa el archivo de confianza del sistema).",
"The signature {signature} is not a valid signature of the content pack {pack}. Sign the pack again with 'decisionaid sign-pack {pack} --key KEY'.":
    "La firma {signature} no es una firma válida del paquete de contenido {pack}. Vuelva a firmar el paquete con 'decisionaid sign-pack {pack} --key KEY'.",
"The content pack {pack} has no review record that covers all of it and matches its exact bytes (a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the review with 'decisionaid review-record', then sign the pack again. For a demo, start with --allow-draft-content.":
    "El paquete de contenido {pack} no tiene un registro de revisión que lo cubra todo y que coincida con sus bytes exactos (es un borrador, sin revisión clínica). El modo quiosco solo muestra contenido revisado: anote la revisión con 'decisionaid review-record' y luego vuelva a firmar el paquete. Para una demostración, inicie con --allow-draft-content.",
"This language is not available here. Please ask at the front desk.":
    "Este idioma no está disponible aquí. Pregunte en la recepción, por favor.",
})

# ---------------------------------------------------------------- At a glance (clinician mode)
TR.update({
"At a glance": "De un vistazo",
"At a &glance": "De un &vistazo",
"At a glance (Ctrl+G)": "De un vistazo (Ctrl+G)",
"At a glance: the whole consultation on one screen": "De un vistazo: toda la consulta en una sola pantalla",
"Back to the steps": "Volver a los pasos",
"Back to the steps (Esc)": "Volver a los pasos (Esc)",
"Close At a glance and go back to the steps": "Cerrar De un vistazo y volver a los pasos",
"{question}: open its issue card": "{question}: abrir su tarjeta del tema",
"Open the issue card": "Abrir la tarjeta del tema",
"Open the step": "Abrir el paso",
"The options in short": "Las opciones en pocas palabras",
"This content pack has no short grid.": "Este paquete de contenido no tiene una tabla corta.",
"Key comparisons": "Comparaciones clave",
"This content pack marks no key comparisons.": "Este paquete de contenido no marca comparaciones clave.",
"Each square is one person. Filled: had this. Hatched: may also have had this (top of the range). Grey: a group that is not one of the options.":
    "Cada cuadrito es una persona. Relleno: lo tuvo. Rayado: puede que también lo haya tenido (la parte alta del rango). Gris: un grupo que no es una de las opciones.",
"No situation questions are listed for this view.": "No hay preguntas sobre la situación para esta vista.",
"Warning sign: {point}": "Señal de alarma: {point}",
"To discuss: {point}": "Para hablar: {point}",
"The patient": "El paciente",
"Values, leaning and SURE: not entered yet.": "Valores, inclinación y SURE: todavía sin respuestas.",
"Values, leaning and SURE: not entered yet. Open the step What matters to you.":
    "Valores, inclinación y SURE: todavía sin respuestas. Abrir el paso Lo que es importante para usted.",
"Top values: {values}": "Valores principales: {values}",
"SURE: {sure}": "SURE: {sure}",
})

# ---------------------------------------------------------------- plain words, calm notices, optional questions (issue 19)
TR.update({
"Study:": "Estudio:",
"Study: {s}.": "Estudio: {s}.",
"For your care team:": "Para su equipo médico:",
"To talk about with your care team:": "Para hablar con su equipo médico:",
"For your care team (also at the top of this page):":
    "Para su equipo médico (también está arriba en esta página):",
"From your answers: what to tell your care team": "Según sus respuestas: qué decirle a su equipo médico",
"Why we ask: {reason} You can skip this question.": "Por qué preguntamos: {reason} Puede saltarse esta pregunta.",
"Skip this question": "Saltar esta pregunta",
"Skip this question: {text}": "Saltar esta pregunta: {text}",
"Show recovery with:": "Mostrar la recuperación con:",
"Show recovery with {option}": "Mostrar la recuperación con {option}",
})

TR.update({
"Open the issue card: {topic}": "Abrir la tarjeta del tema: {topic}",
})
