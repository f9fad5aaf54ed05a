<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>report</source>
        <comment>No figure available.</comment>
        <translation type="vanished">No hay una cifra disponible.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>fewer than {n} out of {d}</comment>
        <translation type="vanished">menos de {n} de cada {d}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>about {n} out of {d}</comment>
        <translation type="vanished">alrededor de {n} de cada {d}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>{n} out of {d}</comment>
        <translation type="vanished">{n} de cada {d}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>(range {lo} to {hi})</comment>
        <translation type="vanished">(rango de {lo} a {hi})</translation>
    </message>
    <message>
        <source>report</source>
        <comment>a difference of {md} points on the {scale}</comment>
        <translation type="vanished">una diferencia de {md} puntos en la {scale}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>scale</comment>
        <translation type="vanished">escala</translation>
    </message>
    <message>
        <source>report</source>
        <comment>{label} certainty</comment>
        <translation type="vanished">Certeza: {label}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>figure not yet verified</comment>
        <translation type="vanished">cifra sin verificar</translation>
    </message>
    <message>
        <source>report</source>
        <comment>High certainty</comment>
        <translation type="vanished">Certeza alta</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Moderate certainty</comment>
        <translation type="vanished">Certeza moderada</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Low certainty</comment>
        <translation type="vanished">Certeza baja</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Very low certainty</comment>
        <translation type="vanished">Certeza muy baja</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Yes</comment>
        <translation type="vanished">Sí</translation>
    </message>
    <message>
        <source>report</source>
        <comment>No</comment>
        <translation type="vanished">No</translation>
    </message>
    <message>
        <source>report</source>
        <translation type="vanished">informe</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Date of discussion</comment>
        <translation type="vanished">Fecha de la conversación</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Summary printed</comment>
        <translation type="vanished">Fecha de impresión del resumen</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Name</comment>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Clinician</comment>
        <translation type="vanished">Profesional de salud</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Clinic</comment>
        <translation type="vanished">Clínica</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Record copy (includes the clinician&apos;s notes)</comment>
        <translation type="vanished">Copia para el expediente (incluye las notas del profesional de salud)</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Patient copy, for you to keep</comment>
        <translation type="vanished">Copia del paciente, para que usted la guarde</translation>
    </message>
    <message>
        <source>report</source>
        <comment>This copy</comment>
        <translation type="vanished">Esta copia</translation>
    </message>
    <message>
        <source>report</source>
        <comment>DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.</comment>
        <translation type="vanished">BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>From your answers about your situation, these are points to talk about with your care team.</comment>
        <translation type="vanished">Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Points to discuss</comment>
        <translation type="vanished">Puntos para hablar</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Question</comment>
        <translation type="vanished">Pregunta</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your answer</comment>
        <translation type="vanished">Su respuesta</translation>
    </message>
    <message>
        <source>report</source>
        <comment>About your situation</comment>
        <translation type="vanished">Sobre su situación</translation>
    </message>
    <message>
        <source>report</source>
        <comment>These are the choices. Each one is a reasonable choice for some people.</comment>
        <translation type="vanished">Estas son las opciones. Cada una es una opción razonable para algunas personas.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your options</comment>
        <translation type="vanished">Sus opciones</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your options side by side</comment>
        <translation type="vanished">Sus opciones, una al lado de la otra</translation>
    </message>
    <message>
        <source>report</source>
        <comment>The chart could not be drawn. The same numbers are in the table below.</comment>
        <translation type="vanished">No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Benefit</comment>
        <translation type="vanished">Beneficio</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Harm</comment>
        <translation type="vanished">Daño</translation>
    </message>
    <message>
        <source>report</source>
        <comment>People: {g}.</comment>
        <translation type="vanished">Personas: {g}.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Compared with: {c}.</comment>
        <translation type="vanished">Comparado con: {c}.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>No comparable figure (the chart says why).</comment>
        <translation type="vanished">No hay una cifra comparable (la gráfica dice por qué).</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Numbers are out of 100 people like you (or out of 1,000 for rare events), with the range the studies allow and how certain the evidence is. Compare options only within a row: each row is one kind of study. Numbers in square brackets point to the references.</comment>
        <translation type="vanished">Las cifras dicen cuántas de cada 100 personas como usted (o de cada 1,000 para cosas raras), con el rango que permiten los estudios y qué tan segura es la evidencia. Compare las opciones solo dentro de una misma fila: cada fila es un tipo de estudio. Los números entre corchetes indican las referencias.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Benefits and harms in numbers</comment>
        <translation type="vanished">Beneficios y daños en cifras</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Warning signs after a procedure</comment>
        <translation type="vanished">Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Recovery</comment>
        <translation type="vanished">Recuperación</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You said these matter most to you:</comment>
        <translation type="vanished">Usted dijo que esto es lo más importante para usted:</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You did not mark anything as very important.</comment>
        <translation type="vanished">Usted no marcó nada como muy importante.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Statement</comment>
        <translation type="vanished">Frase</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Rating (0 to 4)</comment>
        <translation type="vanished">Calificación (0 a 4)</translation>
    </message>
    <message>
        <source>report</source>
        <comment>What matters most to you</comment>
        <translation type="vanished">Lo que es más importante para usted</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You did not answer the knowledge questions.</comment>
        <translation type="vanished">Usted no contestó las preguntas sobre lo que sabe.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>What you know</comment>
        <translation type="vanished">Lo que usted sabe</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You answered {right} of {answered} questions correctly ({total} questions in all).</comment>
        <translation type="vanished">Contestó bien {right} de {answered} preguntas ({total} preguntas en total).</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Not answered.</comment>
        <translation type="vanished">Sin respuesta.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your answer: {a}. Correct.</comment>
        <translation type="vanished">Su respuesta: {a}. Correcta.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your answer: {a}. The answer is: {c}.</comment>
        <translation type="vanished">Su respuesta: {a}. La respuesta es: {c}.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You are not sure yet. That is fine.</comment>
        <translation type="vanished">Todavía no lo ha decidido. Está bien.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You are leaning towards: {name}.</comment>
        <translation type="vanished">Usted se inclina por: {name}.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You did not say which option you are leaning towards.</comment>
        <translation type="vanished">Usted no dijo por cuál opción se inclina.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>How sure you feel (the SURE test)</comment>
        <translation type="vanished">Qué tan seguro/a se siente (la prueba SURE)</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Not answered</comment>
        <translation type="vanished">Sin respuesta</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Not all four questions were answered, so there is no score.</comment>
        <translation type="vanished">No se contestaron las cuatro preguntas, así que no hay puntuación.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Your score: {n} of 4 answered “yes”.</comment>
        <translation type="vanished">Su puntuación: {n} de 4 respuestas fueron “sí”.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Where you are leaning</comment>
        <translation type="vanished">Hacia dónde se inclina</translation>
    </message>
    <message>
        <source>report</source>
        <comment>You did not choose any questions. You can write some here:</comment>
        <translation type="vanished">Usted no eligió ninguna pregunta. Puede escribir algunas aquí:</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Questions to ask your care team</comment>
        <translation type="vanished">Preguntas para hacerle a su equipo médico</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Next steps</comment>
        <translation type="vanished">Próximos pasos</translation>
    </message>
    <message>
        <source>report</source>
        <comment>No notes were written.</comment>
        <translation type="vanished">No se escribieron notas.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Clinician notes</comment>
        <translation type="vanished">Notas del profesional de salud</translation>
    </message>
    <message>
        <source>report</source>
        <comment>The numbers in square brackets in this summary point to these sources.</comment>
        <translation type="vanished">Los números entre corchetes en este resumen indican estas fuentes.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Funding: {f}</comment>
        <translation type="vanished">Financiamiento: {f}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Industry-funded (funded or written by a device maker)</comment>
        <translation type="vanished">Financiado por la industria (pagado o escrito por un fabricante de dispositivos)</translation>
    </message>
    <message>
        <source>report</source>
        <comment>References</comment>
        <translation type="vanished">Referencias</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Content version</comment>
        <translation type="vanished">Versión del contenido</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Published</comment>
        <translation type="vanished">Publicado</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Last reviewed</comment>
        <translation type="vanished">Última revisión</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Next review due</comment>
        <translation type="vanished">Próxima revisión</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Evidence searched up to</comment>
        <translation type="vanished">Búsqueda de evidencia hasta</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Review status</comment>
        <translation type="vanished">Estado de la revisión</translation>
    </message>
    <message>
        <source>report</source>
        <comment>DRAFT, not yet clinically reviewed</comment>
        <translation type="vanished">BORRADOR, todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Clinically reviewed</comment>
        <translation type="vanished">Con revisión clínica</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Written by</comment>
        <translation type="vanished">Escrito por</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Funding</comment>
        <translation type="vanished">Financiamiento</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Conflicts of interest</comment>
        <translation type="vanished">Conflictos de interés</translation>
    </message>
    <message>
        <source>report</source>
        <comment>How the evidence was chosen</comment>
        <translation type="vanished">Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Updates</comment>
        <translation type="vanished">Actualizaciones</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Made with</comment>
        <translation type="vanished">Hecho con</translation>
    </message>
    <message>
        <source>report</source>
        <comment>About this information</comment>
        <translation type="vanished">Sobre esta información</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Decision summary: {t}</comment>
        <translation type="vanished">Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>{app} {ver}. Content version {v}, published {p}, next review {n}.</comment>
        <translation type="vanished">{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Intended use</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Who it is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="24"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="28"/>
        <source>Content signature</source>
        <translation>Firma del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="34"/>
        <source>Evidence up to</source>
        <translation>Evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="39"/>
        <source>How the evidence was gathered</source>
        <translation>Cómo se reunió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="40"/>
        <source>How the aid was developed</source>
        <translation>Cómo se hizo esta ayuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="41"/>
        <source>Testing with patients and clinicians</source>
        <translation>Pruebas con pacientes y profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="58"/>
        <source>Funding: {funding}</source>
        <translation>Financiamiento: {funding}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="73"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="74"/>
        <source>Reviewed by {reviewer} ({role}) on {date}.</source>
        <translation>Revisado por {reviewer} ({role}) el {date}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="108"/>
        <source>Signed with the trusted key {key_name}</source>
        <translation>Firmado con la clave de confianza {key_name}</translation>
    </message>
    <message>
        <source>Signed with the trusted key %1</source>
        <translation type="vanished">Firmado con la clave de confianza %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="110"/>
        <location filename="../../decisionaid/ui/about.py" line="111"/>
        <location filename="../../decisionaid/ui/clinician.py" line="53"/>
        <source>Unsigned content</source>
        <translation>Contenido sin firmar</translation>
    </message>
    <message>
        <source>Clinically reviewed</source>
        <translation type="vanished">Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="30"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="31"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="32"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="33"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="37"/>
        <source>Evidence search ended</source>
        <translation>Fin de la búsqueda de evidencia</translation>
    </message>
    <message>
        <source>How the evidence was chosen</source>
        <translation type="vanished">Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="42"/>
        <source>Update policy</source>
        <translation>Cómo se actualiza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="42"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="43"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="46"/>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="48"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="49"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="50"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation type="vanished">Financiamiento: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="60"/>
        <source>Funded or authored by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <source>Reviewed by %1 (%2) on %3.</source>
        <translation type="vanished">Revisado por %1 (%2) el %3.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="76"/>
        <source>This review covers only part of the content, so it is still a draft.</source>
        <translation>Esta revisión cubre solo una parte del contenido, así que todavía es un borrador.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="84"/>
        <source>Not yet reviewed</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="91"/>
        <location filename="../../decisionaid/ui/about.py" line="97"/>
        <source>About this decision aid</source>
        <translation>Acerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <source>Some answers name things this content does not have: %1. They are kept in the file, but not shown or printed.</source>
        <translation type="vanished">Algunas respuestas nombran cosas que este contenido no tiene: %1. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="58"/>
        <source>Some answers name things this content does not have: {answers}. They are kept in the file, but not shown or printed.</source>
        <translation>Algunas respuestas nombran cosas que este contenido no tiene: {answers}. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="77"/>
        <source>Open a saved discussion</source>
        <translation>Abrir una conversación guardada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="78"/>
        <location filename="../../decisionaid/ui/clinician.py" line="297"/>
        <source>Saved discussions (*.json)</source>
        <translation>Conversaciones guardadas (*.json)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="88"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="89"/>
        <source>This discussion has changes that are not saved. Save them before closing?</source>
        <translation>Esta conversación tiene cambios que no se han guardado. ¿Quiere guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="132"/>
        <source>&amp;Open discussion…</source>
        <translation>&amp;Abrir conversación…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="133"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="134"/>
        <source>Open han&amp;d-off code…</source>
        <translation>Abrir código de &amp;traspaso…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="135"/>
        <source>&amp;Save discussion</source>
        <translation>&amp;Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="136"/>
        <source>Save discussion &amp;as…</source>
        <translation>Guardar conversación c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="138"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="139"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="140"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="142"/>
        <source>&amp;Include the full evidence</source>
        <translation>Incluir toda la evi&amp;dencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="147"/>
        <source>&amp;Copy visit note</source>
        <translation>&amp;Copiar nota de la consulta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="148"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="152"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="153"/>
        <source>At a &amp;glance</source>
        <translation>De un &amp;vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="154"/>
        <source>&amp;Issue cards…</source>
        <translation>&amp;Tarjetas de temas…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="155"/>
        <source>&amp;Text size</source>
        <translation>Tamaño de la &amp;letra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="164"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="167"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="169"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="170"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="172"/>
        <source>&amp;About this decision aid</source>
        <translation>A&amp;cerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="210"/>
        <source>New discussion</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="212"/>
        <location filename="../../decisionaid/ui/clinician.py" line="533"/>
        <location filename="../../decisionaid/ui/clinician.py" line="567"/>
        <location filename="../../decisionaid/ui/glance.py" line="181"/>
        <location filename="../../decisionaid/ui/glance.py" line="453"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="227"/>
        <location filename="../../decisionaid/ui/clinician.py" line="230"/>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="231"/>
        <source>This discussion was saved with a different decision aid ({pack_id}).</source>
        <translation>Esta conversación se guardó con otra ayuda para decidir ({pack_id}).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="244"/>
        <source>This discussion was saved with content version {saved_version}; this is version {version}.</source>
        <translation>Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="246"/>
        <source>Answers whose content changed: {changed}.</source>
        <translation>Respuestas cuyo contenido cambió: {changed}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="248"/>
        <source>Answers whose content no longer exists: {vanished}.</source>
        <translation>Respuestas cuyo contenido ya no existe: {vanished}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="256"/>
        <source>This discussion was saved with content version {saved_version}; this is version {version}. None of its answers are affected.</source>
        <translation>Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="312"/>
        <source>The discussion could not be saved: {error}. Your answers are kept.</source>
        <translation>No se pudo guardar la conversación: {error}. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="398"/>
        <location filename="../../decisionaid/ui/clinician.py" line="418"/>
        <location filename="../../decisionaid/ui/clinician.py" line="474"/>
        <location filename="../../decisionaid/ui/clinician.py" line="492"/>
        <source>{problem} Your answers are kept.</source>
        <translation>{problem} Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="404"/>
        <source>The summary was saved as {name}.</source>
        <translation>El resumen se guardó como {name}.</translation>
    </message>
    <message>
        <source>This discussion was saved with a different decision aid (%1).</source>
        <translation type="vanished">Esta conversación se guardó con otra ayuda para decidir (%1).</translation>
    </message>
    <message>
        <source>This discussion was saved with content version %1; this is version %2.</source>
        <translation type="vanished">Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2.</translation>
    </message>
    <message>
        <source>Answers whose content changed: %1.</source>
        <translation type="vanished">Respuestas cuyo contenido cambió: %1.</translation>
    </message>
    <message>
        <source>Answers whose content no longer exists: %1.</source>
        <translation type="vanished">Respuestas cuyo contenido ya no existe: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="251"/>
        <source>Content has changed</source>
        <translation>El contenido cambió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="253"/>
        <source>Answers not shown</source>
        <translation>Respuestas que no se muestran</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="255"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <source>This discussion was saved with content version %1; this is version %2. None of its answers are affected.</source>
        <translation type="vanished">Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="274"/>
        <source>Cannot open this code</source>
        <translation>No se puede abrir este código</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="297"/>
        <source>Save discussion</source>
        <translation>Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="312"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The discussion could not be saved: %1. Your answers are kept.</source>
        <translation type="vanished">No se pudo guardar la conversación: %1. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="380"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="386"/>
        <source>Writing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="398"/>
        <location filename="../../decisionaid/ui/clinician.py" line="418"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>%1 Your answers are kept.</source>
        <translation type="vanished">%1 Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="404"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>The summary was saved as %1.</source>
        <translation type="vanished">El resumen se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="409"/>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="410"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="474"/>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="492"/>
        <source>Preview failed</source>
        <translation>No se pudo mostrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="534"/>
        <source>At a glance: the whole consultation on one screen</source>
        <translation>De un vistazo: toda la consulta en una sola pantalla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="535"/>
        <source>At a glance (Ctrl+G)</source>
        <translation>De un vistazo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="628"/>
        <location filename="../../decisionaid/ui/main_window.py" line="307"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="628"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="629"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="636"/>
        <location filename="../../decisionaid/ui/clinician.py" line="641"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="640"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="640"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/errors.py" line="68"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/errors.py" line="69"/>
        <source>Something went wrong; your answers are kept. You can carry on. If it happens again, please tell the staff.</source>
        <translation>Algo salió mal, pero sus respuestas se conservan. Puede continuar. Si vuelve a pasar, por favor avísele al personal.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="66"/>
        <source>Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin</source>
        <translation>El modo quiosco necesita un PIN del personal. Configure uno con: decisionaid set-kiosk-pin</translation>
    </message>
    <message>
        <source>This content pack is a draft (not clinically reviewed). Kiosk mode shows only reviewed content. For a demo, start with --allow-draft-content.</source>
        <translation type="vanished">Este paquete de contenido es un borrador (sin revisión clínica). El modo quiosco solo muestra contenido revisado. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="38"/>
        <source>The trusted keys could not be read, so no content can be shown.</source>
        <translation>No se pudieron leer las claves de confianza, así que no se puede mostrar ningún contenido.</translation>
    </message>
    <message>
        <source>The content pack %1 is not signed, and kiosk mode shows only signed content. Sign it with &apos;decisionaid sign-pack %1 --key KEY&apos;, and trust that key on this computer with &apos;decisionaid trust-key KEY.pub&apos;.</source>
        <translation type="vanished">El paquete de contenido %1 no está firmado, y el modo quiosco solo muestra contenido firmado. Fírmelo con &apos;decisionaid sign-pack %1 --key KEY&apos; y confíe en esa clave en esta computadora con &apos;decisionaid trust-key KEY.pub&apos;.</translation>
    </message>
    <message>
        <source>The signature file %2 of the content pack %1 cannot be read. Sign the pack again with &apos;decisionaid sign-pack %1 --key KEY&apos;.</source>
        <translation type="vanished">No se puede leer el archivo de firma %2 del paquete de contenido %1. Vuelva a firmar el paquete con &apos;decisionaid sign-pack %1 --key KEY&apos;.</translation>
    </message>
    <message>
        <source>The content pack %1 was changed after it was signed: its bytes do not match %2. Install the pack exactly as it was reviewed and signed, or have it reviewed and signed again.</source>
        <translation type="vanished">El paquete de contenido %1 cambió después de firmarse: sus bytes no coinciden con %2. Instale el paquete tal como se revisó y se firmó, o haga que se revise y se firme de nuevo.</translation>
    </message>
    <message>
        <source>The review record of the content pack %1 was changed, added or removed after the pack was signed (%2). Restore the record as it was signed, or sign the pack again after recording the review.</source>
        <translation type="vanished">El registro de revisión del paquete de contenido %1 cambió, se agregó o se quitó después de firmar el paquete (%2). Restaure el registro tal como se firmó, o vuelva a firmar el paquete después de anotar la revisión.</translation>
    </message>
    <message>
        <source>The content pack %1 is signed with a key this computer does not trust (key id %3). If staff trust that key, record it with &apos;decisionaid trust-key KEY.pub&apos; (with --system where the system trust file is used).</source>
        <translation type="vanished">El paquete de contenido %1 está firmado con una clave en la que esta computadora no confía (id de clave %3). Si el personal confía en esa clave, anótela con &apos;decisionaid trust-key KEY.pub&apos; (con --system donde se usa el archivo de confianza del sistema).</translation>
    </message>
    <message>
        <source>The signature %2 is not a valid signature of the content pack %1. Sign the pack again with &apos;decisionaid sign-pack %1 --key KEY&apos;.</source>
        <translation type="vanished">La firma %2 no es una firma válida del paquete de contenido %1. Vuelva a firmar el paquete con &apos;decisionaid sign-pack %1 --key KEY&apos;.</translation>
    </message>
    <message>
        <source>The content pack %1 has no review record that covers all of it and matches its exact bytes (a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the review with &apos;decisionaid review-record&apos;, then sign the pack again. For a demo, start with --allow-draft-content.</source>
        <translation type="vanished">El paquete de contenido %1 no tiene un registro de revisión que lo cubra todo y que coincida con sus bytes exactos (es un borrador, sin revisión clínica). El modo quiosco solo muestra contenido revisado: anote la revisión con &apos;decisionaid review-record&apos; y luego vuelva a firmar el paquete. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <source>This content pack was due for review on %1. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation type="vanished">Este paquete de contenido debía revisarse el %1. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="124"/>
        <location filename="../../decisionaid/ui/kiosk.py" line="129"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="133"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="135"/>
        <source>Continue: keep my answers</source>
        <translation>Continuar: conservar mis respuestas</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased in %1 seconds. Touch Continue to keep going.</source>
        <translation type="vanished">Para proteger su privacidad, sus respuestas se borrarán en %1 segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="43"/>
        <source>The content pack {pack} is not signed, and kiosk mode shows only signed content. Sign it with &apos;decisionaid sign-pack {pack} --key KEY&apos;, and trust that key on this computer with &apos;decisionaid trust-key KEY.pub&apos;.</source>
        <translation>El paquete de contenido {pack} no está firmado, y el modo quiosco solo muestra contenido firmado. Fírmelo con &apos;decisionaid sign-pack {pack} --key KEY&apos; y confíe en esa clave en esta computadora con &apos;decisionaid trust-key KEY.pub&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="46"/>
        <source>The signature file {signature} of the content pack {pack} cannot be read. Sign the pack again with &apos;decisionaid sign-pack {pack} --key KEY&apos;.</source>
        <translation>No se puede leer el archivo de firma {signature} del paquete de contenido {pack}. Vuelva a firmar el paquete con &apos;decisionaid sign-pack {pack} --key KEY&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="48"/>
        <source>The content pack {pack} was changed after it was signed: its bytes do not match {signature}. Install the pack exactly as it was reviewed and signed, or have it reviewed and signed again.</source>
        <translation>El paquete de contenido {pack} cambió después de firmarse: sus bytes no coinciden con {signature}. Instale el paquete tal como se revisó y se firmó, o haga que se revise y se firme de nuevo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="50"/>
        <source>The review record of the content pack {pack} was changed, added or removed after the pack was signed ({signature}). Restore the record as it was signed, or sign the pack again after recording the review.</source>
        <translation>El registro de revisión del paquete de contenido {pack} cambió, se agregó o se quitó después de firmar el paquete ({signature}). Restaure el registro tal como se firmó, o vuelva a firmar el paquete después de anotar la revisión.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="53"/>
        <source>The content pack {pack} is signed with a key this computer does not trust (key id {key_id}). If staff trust that key, record it with &apos;decisionaid trust-key KEY.pub&apos; (with --system where the system trust file is used).</source>
        <translation>El paquete de contenido {pack} está firmado con una clave en la que esta computadora no confía (id de clave {key_id}). Si el personal confía en esa clave, anótela con &apos;decisionaid trust-key KEY.pub&apos; (con --system donde se usa el archivo de confianza del sistema).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="56"/>
        <source>The signature {signature} is not a valid signature of the content pack {pack}. Sign the pack again with &apos;decisionaid sign-pack {pack} --key KEY&apos;.</source>
        <translation>La firma {signature} no es una firma válida del paquete de contenido {pack}. Vuelva a firmar el paquete con &apos;decisionaid sign-pack {pack} --key KEY&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="71"/>
        <source>The content pack {pack} has no review record that covers all of it and matches its exact bytes (a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the review with &apos;decisionaid review-record&apos;, then sign the pack again. For a demo, start with --allow-draft-content.</source>
        <translation>El paquete de contenido {pack} no tiene un registro de revisión que lo cubra todo y que coincida con sus bytes exactos (es un borrador, sin revisión clínica). El modo quiosco solo muestra contenido revisado: anote la revisión con &apos;decisionaid review-record&apos; y luego vuelva a firmar el paquete. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="76"/>
        <source>This content pack was due for review on {date}. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation>Este paquete de contenido debía revisarse el {date}. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="151"/>
        <source>To protect your privacy, your answers will be erased in {seconds} seconds. Touch Continue to keep going.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en {seconds} segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="199"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="200"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="213"/>
        <source>Tell the front desk now. This may be an emergency.</source>
        <translation>Avise en la recepción ahora mismo. Puede ser una emergencia.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="215"/>
        <source>Please tell the front desk now.</source>
        <translation>Por favor, avise en la recepción ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="234"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="240"/>
        <source>PIN entered</source>
        <translation>PIN ingresado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="241"/>
        <source>Staff only: enter the PIN to leave kiosk mode.</source>
        <translation>Solo para el personal: ingrese el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="250"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="254"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="271"/>
        <source>Digit {digit}</source>
        <translation>Dígito {digit}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="296"/>
        <source>Too many wrong tries. Wait {seconds} seconds.</source>
        <translation>Demasiados intentos incorrectos. Espere {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="26"/>
        <source>Open hand-off code</source>
        <translation>Abrir código de traspaso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="28"/>
        <source>Type the code from the patient&apos;s kiosk summary, or scan its QR code into this field. Upper or lower case, hyphens and spaces are all fine. The answers open as a new discussion.</source>
        <translation>Escriba el código del resumen del quiosco del paciente, o escanee su código QR en este campo. Da igual si usa mayúsculas o minúsculas, guiones o espacios. Las respuestas se abren como una conversación nueva.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="35"/>
        <source>Hand-off code</source>
        <translation>Código de traspaso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="48"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="49"/>
        <location filename="../../decisionaid/ui/kiosk.py" line="262"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="vanished">Dígito %1</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait %1 seconds.</source>
        <translation type="vanished">Demasiados intentos incorrectos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="298"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="310"/>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="606"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="607"/>
        <source>Printing the summary</source>
        <translation>Imprimiendo el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="610"/>
        <source>Printing… Please wait a moment.</source>
        <translation>Imprimiendo… Espere un momento, por favor.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Impresión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="612"/>
        <source>The summary could not be printed. Please ask at the front desk.</source>
        <translation>No se pudo imprimir el resumen. Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="614"/>
        <source>Your summary was sent to the printer. Please collect it at the front desk.</source>
        <translation>Su resumen se envió a la impresora. Recójalo en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="683"/>
        <source>Kiosk mode cannot start</source>
        <translation>No se puede iniciar el modo quiosco</translation>
    </message>
    <message>
        <source>Decision aid: %1</source>
        <translation type="vanished">Ayuda para decidir: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="71"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="75"/>
        <location filename="../../decisionaid/ui/main_window.py" line="295"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="76"/>
        <location filename="../../decisionaid/ui/main_window.py" line="296"/>
        <source>The steps of the decision aid. A check mark shows steps with answers.</source>
        <translation>Los pasos de la ayuda para decidir. Una marca ✓ muestra los pasos que tienen respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <location filename="../../decisionaid/ui/main_window.py" line="284"/>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="304"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="305"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="306"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="308"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="309"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="282"/>
        <source>has answers</source>
        <translation>tiene respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="49"/>
        <location filename="../../decisionaid/ui/main_window.py" line="257"/>
        <source>Decision aid: {title}</source>
        <translation>Ayuda para decidir: {title}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="282"/>
        <source>no answers yet</source>
        <translation>todavía sin respuestas</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="vanished">Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="334"/>
        <source>Draft content: not yet clinically reviewed.</source>
        <translation>Contenido en borrador: todavía sin revisión clínica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="334"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>This content was due for review on %1. Check for an updated content pack.</source>
        <translation type="vanished">Este contenido debía revisarse el %1. Busque un paquete de contenido actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="337"/>
        <source>Review overdue:</source>
        <translation>Revisión atrasada:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="337"/>
        <source>This content was due for review on {date}. Check for an updated content pack.</source>
        <translation>Este contenido debía revisarse el {date}. Busque un paquete de contenido actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="339"/>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="25"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="25"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="vanished">Fecha: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="283"/>
        <source>Nothing was rated “Important” or “Very important”.</source>
        <translation>No se calificó nada como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="285"/>
        <source>No ratings yet.</source>
        <translation>Todavía no hay calificaciones.</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3 of %4 questions answered).</source>
        <translation type="vanished">%1 de %2 correctas (%3 de %4 preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="293"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>Leaning towards: %1</source>
        <translation type="vanished">Se inclina por: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="298"/>
        <source>Leaning towards: no answer yet.</source>
        <translation>Se inclina por: todavía sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="301"/>
        <source>How sure you feel (SURE test): no answers yet.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): todavía sin respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="303"/>
        <source>How sure you feel (SURE test): not all four questions answered.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): no se contestaron las cuatro preguntas.</translation>
    </message>
    <message>
        <source>How sure you feel (SURE test): Yes to %1 of 4 questions.</source>
        <translation type="vanished">Qué tan seguro/a se siente (prueba SURE): Sí en %1 de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="255"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="281"/>
        <source>{statement} ({rating})</source>
        <translation>{statement} ({rating})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="291"/>
        <source>{right} of {answered} right ({answered} of {total} questions answered).</source>
        <translation>{right} de {answered} correctas ({answered} de {total} preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="297"/>
        <source>Leaning towards: {option}</source>
        <translation>Se inclina por: {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="305"/>
        <source>How sure you feel (SURE test): Yes to {score} of 4 questions.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): Sí en {score} de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="314"/>
        <source>None chosen.</source>
        <translation>No eligió ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="316"/>
        <source>None added.</source>
        <translation>No agregó ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="317"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="320"/>
        <source>These answers were opened from the patient&apos;s kiosk hand-off code.</source>
        <translation>Estas respuestas se abrieron con el código de traspaso del quiosco del paciente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="323"/>
        <source>The patient chose not to share the answers to: {questions}</source>
        <translation>El paciente decidió no compartir las respuestas a: {questions}</translation>
    </message>
    <message>
        <source>The patient chose not to share the answers to: %1</source>
        <translation type="vanished">El paciente decidió no compartir las respuestas a: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="27"/>
        <source>These settings are kept on this computer. Command-line options override them.</source>
        <translation>Estos ajustes se guardan en esta computadora. Las opciones de la línea de comandos tienen prioridad sobre ellos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="36"/>
        <source>Follow the system (Letter in the US, A4 elsewhere)</source>
        <translation>Igual que el sistema (Carta en EE. UU., A4 en otros países)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="36"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="37"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="41"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="45"/>
        <source>Large print summaries by default</source>
        <translation>Resúmenes con letra grande de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="49"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="53"/>
        <source>None (no print button at the kiosk)</source>
        <translation>Ninguna (sin botón de imprimir en el quiosco)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="65"/>
        <source>Clinician name</source>
        <translation>Nombre del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="65"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="66"/>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="66"/>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="67"/>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="67"/>
        <source>Kiosk printer</source>
        <translation>Impresora del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="26"/>
        <source>Steps</source>
        <comment>Take the time you need. Ask your care team how long you have to decide.</comment>
        <translation>Tómese el tiempo que necesite. Pregunte a su equipo médico cuánto tiempo tiene para decidir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="28"/>
        <source>Steps</source>
        <comment>Look again at the steps “{step1}” and “{step2}”, or ask your care team to go through them with you.</comment>
        <translation>Vuelva a mirar los pasos “{step1}” y “{step2}”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="31"/>
        <source>Steps</source>
        <comment>Go back to the step “{step}” and think about what matters most to you.</comment>
        <translation>Vuelva al paso “{step}” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>Look again at the steps “%1” and “%2”, or ask your care team to go through them with you.</comment>
        <translation type="vanished">Vuelva a mirar los pasos “%1” y “%2”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>Go back to the step “%1” and think about what matters most to you.</comment>
        <translation type="vanished">Vuelva al paso “%1” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="33"/>
        <source>Steps</source>
        <comment>Talk it over with family, friends or your care team. You can take your summary with you.</comment>
        <translation>Hable de esto con su familia, sus amigos o su equipo médico. Puede llevar su resumen.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Beneficio</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="vanished">Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="50"/>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="69"/>
        <source>Issue cards</source>
        <translation>Tarjetas por tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="72"/>
        <source>Choose a topic to see every option on it side by side.</source>
        <translation>Elija un tema para ver todas las opciones sobre ese tema, una al lado de la otra.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="81"/>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="vanished">Tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="89"/>
        <source>Topic details</source>
        <translation>Detalles del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="116"/>
        <source>Question or figure</source>
        <translation>Pregunta o cifra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="137"/>
        <source>Nothing in this content pack is tagged with this topic.</source>
        <translation>Nada en este paquete de contenido tiene este tema.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="186"/>
        <source>Issue cards:</source>
        <translation>Tarjetas por tema:</translation>
    </message>
    <message>
        <source>Open the issue card: %1</source>
        <translation type="vanished">Abrir la tarjeta del tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="192"/>
        <source>Open the issue card: {topic}</source>
        <translation>Abrir la tarjeta del tema: {topic}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="196"/>
        <source>Back to the steps</source>
        <translation>Volver a los pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="197"/>
        <source>Close At a glance and go back to the steps</source>
        <translation>Cerrar De un vistazo y volver a los pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="198"/>
        <source>Back to the steps (Esc)</source>
        <translation>Volver a los pasos (Esc)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="258"/>
        <source>Open the issue card</source>
        <translation>Abrir la tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="261"/>
        <source>Open the step</source>
        <translation>Abrir el paso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="267"/>
        <source>The options in short</source>
        <translation>Las opciones en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="269"/>
        <source>This content pack has no short grid.</source>
        <translation>Este paquete de contenido no tiene una tabla corta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="280"/>
        <source>{question}: open its issue card</source>
        <translation>{question}: abrir su tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="398"/>
        <source>Warning sign: {point}</source>
        <translation>Señal de alarma: {point}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="398"/>
        <source>To discuss: {point}</source>
        <translation>Para hablar: {point}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="421"/>
        <source>Top values: {values}</source>
        <translation>Valores principales: {values}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="426"/>
        <source>SURE: {sure}</source>
        <translation>SURE: {sure}</translation>
    </message>
    <message>
        <source>%1: open its issue card</source>
        <translation type="vanished">%1: abrir su tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="290"/>
        <source>Key comparisons</source>
        <translation>Comparaciones clave</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="292"/>
        <source>This content pack marks no key comparisons.</source>
        <translation>Este paquete de contenido no marca comparaciones clave.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="294"/>
        <source>Each square is one person. Filled: had this. Hatched: may also have had this (top of the range). Grey: a group that is not one of the options.</source>
        <translation>Cada cuadrito es una persona. Relleno: lo tuvo. Rayado: puede que también lo haya tenido (la parte alta del rango). Gris: un grupo que no es una de las opciones.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="385"/>
        <source>What expert groups say</source>
        <translation>Lo que dicen los grupos de expertos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="394"/>
        <source>Points to discuss</source>
        <translation>Puntos para hablar</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation type="vanished">Señal de alarma: %1</translation>
    </message>
    <message>
        <source>To discuss: %1</source>
        <translation type="vanished">Para hablar: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="408"/>
        <source>No situation questions are listed for this view.</source>
        <translation>No hay preguntas sobre la situación para esta vista.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="413"/>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="416"/>
        <source>Values, leaning and SURE: not entered yet. Open the step What matters to you.</source>
        <translation>Valores, inclinación y SURE: todavía sin respuestas. Abrir el paso Lo que es importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="417"/>
        <source>Values, leaning and SURE: not entered yet.</source>
        <translation>Valores, inclinación y SURE: todavía sin respuestas.</translation>
    </message>
    <message>
        <source>Top values: %1</source>
        <translation type="vanished">Valores principales: %1</translation>
    </message>
    <message>
        <source>SURE: %1</source>
        <translation type="vanished">SURE: %1</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Intended use</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Who it is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="24"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="73"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>Clinically reviewed</source>
        <translation type="vanished">Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="30"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="31"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="32"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="33"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="37"/>
        <source>Evidence search ended</source>
        <translation>Fin de la búsqueda de evidencia</translation>
    </message>
    <message>
        <source>How the evidence was chosen</source>
        <translation type="vanished">Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="42"/>
        <source>Update policy</source>
        <translation>Cómo se actualiza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="42"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="43"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="46"/>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="48"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="49"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="50"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="54"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation type="vanished">Financiamiento: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="60"/>
        <source>Funded or authored by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="91"/>
        <location filename="../../decisionaid/ui/about.py" line="97"/>
        <source>About this decision aid</source>
        <translation>Acerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="28"/>
        <source>Content signature</source>
        <translation>Firma del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="34"/>
        <source>Evidence up to</source>
        <translation>Evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="39"/>
        <source>How the evidence was gathered</source>
        <translation>Cómo se reunió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="40"/>
        <source>How the aid was developed</source>
        <translation>Cómo se hizo esta ayuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="41"/>
        <source>Testing with patients and clinicians</source>
        <translation>Pruebas con pacientes y profesionales clínicos</translation>
    </message>
    <message>
        <source>Reviewed by %1 (%2) on %3.</source>
        <translation type="vanished">Revisado por %1 (%2) el %3.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="76"/>
        <source>This review covers only part of the content, so it is still a draft.</source>
        <translation>Esta revisión cubre solo una parte del contenido, así que todavía es un borrador.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="84"/>
        <source>Not yet reviewed</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <source>Signed with the trusted key %1</source>
        <translation type="vanished">Firmado con la clave de confianza %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="110"/>
        <location filename="../../decisionaid/ui/about.py" line="111"/>
        <source>Unsigned content</source>
        <translation>Contenido sin firmar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="58"/>
        <source>Funding: {funding}</source>
        <translation>Financiamiento: {funding}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="74"/>
        <source>Reviewed by {reviewer} ({role}) on {date}.</source>
        <translation>Revisado por {reviewer} ({role}) el {date}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="108"/>
        <source>Signed with the trusted key {key_name}</source>
        <translation>Firmado con la clave de confianza {key_name}</translation>
    </message>
</context>
<context>
    <name>C</name>
    <message>
        <source>report</source>
        <comment>Record copy</comment>
        <translation type="vanished">Copia para el expediente</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Patient copy</comment>
        <translation type="vanished">Copia del paciente</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Decision summary: {t}</comment>
        <translation type="vanished">Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <source>report</source>
        <comment>DRAFT: not yet clinically reviewed</comment>
        <translation type="vanished">BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>report</source>
        <comment>{copy}. Made {date}. Content version {v}.</comment>
        <translation type="vanished">{copy}. Hecho el {date}. Versión del contenido {v}.</translation>
    </message>
    <message>
        <source>report</source>
        <comment>Page {x} of {y}</comment>
        <translation type="vanished">Página {x} de {y}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="212"/>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="365"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="355"/>
        <source>{title} (table)</source>
        <translation>{title} (tabla)</translation>
    </message>
    <message>
        <source>%s (table)</source>
        <translation type="vanished">%s (tabla)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="365"/>
        <source>Show as chart</source>
        <translation>Mostrar como gráfica</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>How many people had {label}</source>
        <translation type="vanished">Cuántas personas tuvieron {label}</translation>
    </message>
    <message>
        <source>How many people had each benefit</source>
        <translation type="vanished">Cuántas personas tuvieron cada beneficio</translation>
    </message>
    <message>
        <source>Each bar shows how many people out of {den} had this, for each option. Thin black lines show the range the true number probably lies in. Numbers in [brackets] point to the sources.</source>
        <translation type="vanished">Cada barra muestra cuántas de cada {den} personas tuvieron esto con cada opción. Las líneas negras delgadas muestran el rango donde probablemente está el número real. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <source>Possible harms: how many people had each one</source>
        <translation type="vanished">Posibles daños: cuántas personas tuvieron cada uno</translation>
    </message>
    <message>
        <source>Each square is one person. Numbers in [brackets] point to the sources.</source>
        <translation type="vanished">Cada cuadrito es una persona. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="34"/>
        <source>Recovery: what happens when</source>
        <translation>Recuperación: qué pasa y cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="35"/>
        <source>Time runs from left to right, starting at the treatment. Hours and days are spread out so that they fit on the same line as months. Numbers in [brackets] point to the sources.</source>
        <translation>El tiempo avanza de izquierda a derecha, desde el tratamiento. Las horas y los días se ven más separados para que quepan en la misma línea que los meses. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="37"/>
        <source>This content pack has no figures for this chart.</source>
        <translation>Este paquete de contenido no tiene cifras para esta gráfica.</translation>
    </message>
    <message>
        <source>No comparable figure</source>
        <translation type="vanished">No hay una cifra comparable</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="38"/>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="39"/>
        <source>UNVERIFIED</source>
        <translation>SIN VERIFICAR</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="40"/>
        <source>This figure is not yet verified.</source>
        <translation>Esta cifra todavía no está verificada.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="41"/>
        <source>People: {group}</source>
        <translation>Personas: {group}</translation>
    </message>
    <message>
        <source>Compared with: {what}</source>
        <translation type="vanished">Comparado con: {what}</translation>
    </message>
    <message>
        <source>Number of people out of {den}</source>
        <translation type="vanished">Número de personas de cada {den}</translation>
    </message>
    <message>
        <source>Had this (best estimate)</source>
        <translation type="vanished">Lo tuvieron (mejor estimación)</translation>
    </message>
    <message>
        <source>May also have had this (top of the range)</source>
        <translation type="vanished">Quizás también lo tuvieron (parte alta del rango)</translation>
    </message>
    <message>
        <source>Did not have this</source>
        <translation type="vanished">No lo tuvieron</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="46"/>
        <source>Usual time</source>
        <translation>Tiempo habitual</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="47"/>
        <source>Sources disagree: may take this long</source>
        <translation>Las fuentes no coinciden: puede tardar hasta aquí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="48"/>
        <source>Happens at one moment</source>
        <translation>Pasa en un solo momento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="49"/>
        <source>Time from the start of treatment</source>
        <translation>Tiempo desde el inicio del tratamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="60"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Before/after report, no comparison group</source>
        <translation>Informe de antes y después, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Trial against a fake (sham) procedure</source>
        <translation>Ensayo contra un procedimiento simulado (falso)</translation>
    </message>
    <message>
        <source>Open trial against usual care</source>
        <translation>Ensayo abierto contra la atención habitual</translation>
    </message>
    <message>
        <source>People who had no procedure</source>
        <translation>Personas que no tuvieron un procedimiento</translation>
    </message>
    <message>
        <source>Case series: treated people only, no comparison group</source>
        <translation>Serie de casos: solo personas tratadas, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Observational study, not randomised</source>
        <translation>Estudio observacional, no aleatorizado</translation>
    </message>
    <message>
        <source>Trial of one procedure against the other</source>
        <translation>Ensayo de un procedimiento contra el otro</translation>
    </message>
    <message>
        <source>Pooled results of several studies</source>
        <translation>Resultados combinados de varios estudios</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="100"/>
        <source>High certainty</source>
        <translation>Certeza alta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="101"/>
        <source>Moderate certainty</source>
        <translation>Certeza moderada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="102"/>
        <source>Low certainty</source>
        <translation>Certeza baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="103"/>
        <source>Very low certainty</source>
        <translation>Certeza muy baja</translation>
    </message>
    <message>
        <source>fewer than {n} out of {den}</source>
        <translation type="vanished">menos de {n} de cada {den}</translation>
    </message>
    <message>
        <source>about {n} out of {den}</source>
        <translation type="vanished">alrededor de {n} de cada {den}</translation>
    </message>
    <message>
        <source>{n} out of {den}</source>
        <translation type="vanished">{n} de cada {den}</translation>
    </message>
    <message>
        <source>fewer than {n} out of {den} people</source>
        <translation type="vanished">menos de {n} de cada {den} personas</translation>
    </message>
    <message>
        <source>about {n} out of {den} people</source>
        <translation type="vanished">alrededor de {n} de cada {den} personas</translation>
    </message>
    <message>
        <source>{n} out of {den} people</source>
        <translation type="vanished">{n} de cada {den} personas</translation>
    </message>
    <message>
        <source>Fewer than {n} in {den} had this; more than {rest} did not</source>
        <translation type="vanished">Menos de {n} de cada {den} lo tuvieron; más de {rest} no</translation>
    </message>
    <message>
        <source>About {n} in {den} had this; about {rest} did not</source>
        <translation type="vanished">Alrededor de {n} de cada {den} lo tuvieron; alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="325"/>
        <source>{n} in {den} had this; {rest} did not</source>
        <translation>{n} de cada {den} lo tuvieron; {rest} no</translation>
    </message>
    <message>
        <source>Fewer than {n} in {den} people had this, and more than {rest} did not</source>
        <translation type="vanished">Menos de {n} de cada {den} personas lo tuvieron, y más de {rest} no</translation>
    </message>
    <message>
        <source>About {n} in {den} people had this, and about {rest} did not</source>
        <translation type="vanished">Alrededor de {n} de cada {den} personas lo tuvieron, y alrededor de {rest} no</translation>
    </message>
    <message>
        <source>{n} in {den} people had this, and {rest} did not</source>
        <translation type="vanished">{n} de cada {den} personas lo tuvieron, y {rest} no</translation>
    </message>
    <message>
        <source>Fewer than 1 in {den} had this; more than {rest} did not</source>
        <translation type="vanished">Menos de 1 de cada {den} lo tuvo; más de {rest} no</translation>
    </message>
    <message>
        <source>About 1 in {den} had this; about {rest} did not</source>
        <translation type="vanished">Alrededor de 1 de cada {den} lo tuvo; alrededor de {rest} no</translation>
    </message>
    <message>
        <source>1 in {den} had this; {rest} did not</source>
        <translation type="vanished">1 de cada {den} lo tuvo; {rest} no</translation>
    </message>
    <message>
        <source>Fewer than 1 in {den} people had this, and more than {rest} did not</source>
        <translation type="vanished">Menos de 1 de cada {den} personas lo tuvo, y más de {rest} no</translation>
    </message>
    <message>
        <source>About 1 in {den} people had this, and about {rest} did not</source>
        <translation type="vanished">Alrededor de 1 de cada {den} personas lo tuvo, y alrededor de {rest} no</translation>
    </message>
    <message>
        <source>1 in {den} people had this, and {rest} did not</source>
        <translation type="vanished">1 de cada {den} personas lo tuvo, y {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="325"/>
        <source>range {low} to {high}</source>
        <translation>rango de {low} a {high}</translation>
    </message>
    <message>
        <source>range {low} to {high} in {den}</source>
        <translation type="vanished">rango de {low} a {high} de cada {den}</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation type="vanished">{a} o {b}</translation>
    </message>
    <message>
        <source>{level} certainty</source>
        <translation type="vanished">Certeza: {level}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="67"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="68"/>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="69"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="69"/>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="69"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="69"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="70"/>
        <source>at {time}</source>
        <translation>a {time}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="70"/>
        <source>at the start</source>
        <translation>al inicio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="70"/>
        <source>from the start to {time}</source>
        <translation>desde el inicio hasta {time}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="70"/>
        <source>from {start} to {end}</source>
        <translation>desde {start} hasta {end}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="71"/>
        <source>{when} (sources disagree: up to {time})</source>
        <translation>{when} (las fuentes no coinciden: hasta {time})</translation>
    </message>
    <message>
        <source>{option}: no comparable figure. {reason}</source>
        <translation type="vanished">{option}: no hay una cifra comparable. {reason}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="333"/>
        <source>sources {markers}</source>
        <translation>fuentes {markers}</translation>
    </message>
    <message>
        <source>{row}: {evidence}; time frame {time_frame}; {people}</source>
        <translation type="vanished">{row}: {evidence}; tiempo: {time_frame}; {people}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Qué se midió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Time frame</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="74"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="vanished">Rango</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="434"/>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="75"/>
        <source>Milestone</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="75"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="75"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Call your care team</source>
        <translation>Llame a su equipo médico</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pida ayuda ahora</translation>
    </message>
    <message>
        <source>Harms</source>
        <translation>Daños</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="312"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <source>Somewhat important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <source>Talk about this</source>
        <translation>Hable de esto</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="263"/>
        <location filename="../../decisionaid/report/content.py" line="339"/>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="263"/>
        <location filename="../../decisionaid/report/content.py" line="339"/>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="187"/>
        <source>Record copy (includes the clinician&apos;s notes)</source>
        <translation>Copia para el expediente (incluye las notas del profesional de salud)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="188"/>
        <source>Patient copy, for you to keep</source>
        <translation>Copia del paciente, para que usted la guarde</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="194"/>
        <source>DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.</source>
        <translation>BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="295"/>
        <source>Points to discuss</source>
        <translation>Puntos para hablar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="342"/>
        <source>About your situation</source>
        <translation>Sobre su situación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="383"/>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="229"/>
        <location filename="../../decisionaid/report/content.py" line="371"/>
        <source>What expert groups say</source>
        <translation>Lo que dicen los grupos de expertos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="387"/>
        <source>Your options side by side</source>
        <translation>Sus opciones, una al lado de la otra</translation>
    </message>
    <message>
        <source>The chart could not be drawn. The same numbers are in the table below.</source>
        <translation type="vanished">No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="394"/>
        <source>Benefits and harms in numbers</source>
        <translation>Beneficios y daños en cifras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="447"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="232"/>
        <source>What matters most to you</source>
        <translation>Lo que es más importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="467"/>
        <location filename="../../decisionaid/report/content.py" line="454"/>
        <source>What you know</source>
        <translation>Lo que usted sabe</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="251"/>
        <source>You are not sure yet. That is fine.</source>
        <translation>Todavía no lo ha decidido. Está bien.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="248"/>
        <source>Where you are leaning</source>
        <translation>Hacia dónde se inclina</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="282"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para hacerle a su equipo médico</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="vanished">Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="333"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="483"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="504"/>
        <source>About this information</source>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="178"/>
        <source>Date of discussion</source>
        <translation>Fecha de la conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="182"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="189"/>
        <source>This copy</source>
        <translation>Esta copia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="460"/>
        <source>Not answered.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="259"/>
        <source>You did not say which option you are leaning towards.</source>
        <translation>Usted no dijo por cuál opción se inclina.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="265"/>
        <source>How sure you feel (the SURE test)</source>
        <translation>Qué tan seguro/a se siente (la prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="263"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="490"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="491"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="492"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="494"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="495"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="496"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="497"/>
        <source>Evidence up to</source>
        <translation>Evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="498"/>
        <source>How the evidence was gathered</source>
        <translation>Cómo se reunió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="499"/>
        <source>How the aid was developed</source>
        <translation>Cómo se hizo esta ayuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="500"/>
        <source>Testing with patients and clinicians</source>
        <translation>Pruebas con pacientes y profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="501"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="502"/>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="511"/>
        <source>Decision summary: {t}</source>
        <translation>Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <source>{app} {ver}. Content version {v}, published {p}, next review {n}.</source>
        <translation type="vanished">{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="180"/>
        <source>Summary printed</source>
        <translation>Fecha de impresión del resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="184"/>
        <source>Clinician</source>
        <translation>Profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="186"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="327"/>
        <source>Hand-off code</source>
        <translation>Código de traspaso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="296"/>
        <source>From your answers about your situation, these are points to talk about with your care team.</source>
        <translation>Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="vanished">Su respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="210"/>
        <source>These are the choices. Each one is a reasonable choice for some people.</source>
        <translation>Estas son las opciones. Cada una es una opción razonable para algunas personas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="372"/>
        <source>Guidelines and payers looked at the same evidence and came to different advice. None of them knows your situation: talk them through with your care team.</source>
        <translation>Las guías y los que pagan la atención miraron la misma evidencia y dieron consejos distintos. Ninguno conoce su situación: hable de ellos con su equipo médico.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Grupo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="433"/>
        <source>A figure in this result is not yet verified.</source>
        <translation>Una cifra de este resultado todavía no está verificada.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="395"/>
        <source>Each result compares groups of people in the same study over the same time, such as people who had cement and people who had a fake procedure. Counts are out of 100 people (or out of 1,000 for rare events). Compare groups only within a result. Numbers in square brackets point to the references.</source>
        <translation>Cada resultado compara grupos de personas del mismo estudio durante el mismo tiempo, como personas a quienes se les puso cemento y personas con un procedimiento simulado. Los conteos son de cada 100 personas (o de cada 1,000 para cosas raras). Compare los grupos solo dentro de un mismo resultado. Los números entre corchetes indican las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="318"/>
        <source>Warning signs after a procedure</source>
        <translation>Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="484"/>
        <source>The numbers in square brackets in this summary point to these sources.</source>
        <translation>Los números entre corchetes en este resumen indican estas fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="479"/>
        <source>Industry-funded (funded or written by a device maker)</source>
        <translation>Financiado por la industria (pagado o escrito por un fabricante de dispositivos)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="412"/>
        <source>People: {g}.</source>
        <translation>Personas: {g}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="240"/>
        <source>You said these matter most to you:</source>
        <translation>Usted dijo que esto es lo más importante para usted:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="242"/>
        <source>You did not mark anything as very important.</source>
        <translation>Usted no marcó nada como muy importante.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="454"/>
        <source>You did not answer the knowledge questions.</source>
        <translation>Usted no contestó las preguntas sobre lo que sabe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="257"/>
        <source>You are leaning towards: {name}.</source>
        <translation>Usted se inclina por: {name}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="268"/>
        <source>Not all four questions were answered, so there is no score.</source>
        <translation>No se contestaron las cuatro preguntas, así que no hay puntuación.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="286"/>
        <source>You did not choose any questions. You can write some here:</source>
        <translation>Usted no eligió ninguna pregunta. Puede escribir algunas aquí:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="336"/>
        <source>No notes were written.</source>
        <translation>No se escribieron notas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="535"/>
        <location filename="../../decisionaid/report/content.py" line="190"/>
        <source>Your decision summary</source>
        <translation>El resumen de su decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="414"/>
        <source>Study: {s}.</source>
        <translation>Estudio: {s}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="416"/>
        <source>Measure: {m}.</source>
        <translation>Medida: {m}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="437"/>
        <source>No comparison group: a clinic claim, not a fair test.</source>
        <translation>Sin grupo de comparación: lo que dice una clínica, no una prueba justa.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="276"/>
        <source>You answered {right} of {answered} questions correctly ({total} questions in all).</source>
        <translation>Contestó bien {right} de {answered} preguntas ({total} preguntas en total).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="462"/>
        <source>Your answer: {a}. Correct.</source>
        <translation>Su respuesta: {a}. Correcta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="465"/>
        <source>Your answer: {a}. The answer is: {c}.</source>
        <translation>Su respuesta: {a}. La respuesta es: {c}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="477"/>
        <source>Funding: {f}</source>
        <translation>Financiamiento: {f}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="428"/>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Frase</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="247"/>
        <source>Rating (0 to 4)</source>
        <translation>Calificación (0 a 4)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="270"/>
        <source>Your score: {n} of 4 answered “yes”.</source>
        <translation>Su puntuación: {n} de 4 respuestas fueron “sí”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="291"/>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <source>The same numbers in words</source>
        <translation type="vanished">Las mismas cifras en palabras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="247"/>
        <source>All ratings</source>
        <translation>Todas las calificaciones</translation>
    </message>
    <message>
        <source>{r} on a scale of 0 to 4</source>
        <translation type="vanished">{r} en una escala de 0 a 4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="15"/>
        <source>Not yet clinically reviewed.</source>
        <translation>Todavía sin revisión clínica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="20"/>
        <source>This review covers only part of the content, so it is still a draft.</source>
        <translation>Esta revisión cubre solo una parte del contenido, así que todavía es un borrador.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="27"/>
        <source>Written by: {names}. {review} How it was made and tested: see &quot;About this information&quot; at the end.</source>
        <translation>Escrito por: {names}. {review} Cómo se hizo y se probó: vea &quot;Sobre esta información&quot; al final.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="33"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="34"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="16"/>
        <source>Reviewed by {who} ({role}) on {date}.</source>
        <translation>Revisado por {who} ({role}) el {date}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="35"/>
        <source>Not yet reviewed</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="37"/>
        <source>Content signature</source>
        <translation>Firma del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/provenance.py" line="39"/>
        <source>Evidence searched up to</source>
        <translation>Búsqueda de evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="518"/>
        <source>Record copy</source>
        <translation>Copia para el expediente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="518"/>
        <source>Patient copy</source>
        <translation>Copia del paciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="536"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="538"/>
        <source>Page {x} of {y}</source>
        <translation>Página {x} de {y}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="519"/>
        <source>{copy}. Made {date}. Content version {v}.</source>
        <translation>{copy}. Hecho el {date}. Versión del contenido {v}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="25"/>
        <source>Benefits: what happened in each group that was compared</source>
        <translation>Beneficios: qué pasó en cada grupo que se comparó</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="26"/>
        <source>Harms and other problems: what happened in each group that was compared</source>
        <translation>Daños y otros problemas: qué pasó en cada grupo que se comparó</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="27"/>
        <source>Each result compares groups of people in the same study over the same time. Each square is one person. Compare groups only within a result. Numbers in [brackets] point to the sources.</source>
        <translation>Cada resultado compara grupos de personas del mismo estudio durante el mismo tiempo. Cada cuadrito es una persona. Compare los grupos solo dentro de un mismo resultado. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="30"/>
        <source>No comparison group: a clinic&apos;s claim, not a fair test</source>
        <translation>Sin grupo de comparación: lo que dice una clínica, no una prueba justa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="31"/>
        <source>The middle line is no difference between the groups. The dot is the difference the study found; the line through it is its range.</source>
        <translation>La línea del medio es ninguna diferencia entre los grupos. El punto es la diferencia que encontró el estudio; la línea que lo cruza es su rango.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="33"/>
        <source>Grey: a group that is not one of your options (a fake procedure), or a clinic&apos;s claim</source>
        <translation>Gris: un grupo que no es una de sus opciones (un procedimiento simulado), o lo que dice una clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="43"/>
        <source>Filled: had this (best estimate)</source>
        <translation>Lleno: lo tuvieron (mejor estimación)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="44"/>
        <source>Hatched: may also have had this (top of the range)</source>
        <translation>Rayado: quizás también lo tuvieron (parte alta del rango)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="45"/>
        <source>Empty: did not have this</source>
        <translation>Vacío: no lo tuvieron</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="50"/>
        <source>Recovery with {option}: what happens when</source>
        <translation>Recuperación con {option}: qué pasa y cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="51"/>
        <source>Time runs from left to right in steps of the same width: the first day, the first week, the first month, the first 3 months and the first year. Numbers in [brackets] point to the sources.</source>
        <translation>El tiempo va de izquierda a derecha en pasos del mismo ancho: el primer día, la primera semana, el primer mes, los primeros 3 meses y el primer año. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="54"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="55"/>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="56"/>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="57"/>
        <source>First 3 months</source>
        <translation>Primeros 3 meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="58"/>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="59"/>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="88"/>
        <source>Trial against a fake procedure</source>
        <translation>Ensayo contra un procedimiento simulado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="89"/>
        <source>Several studies combined</source>
        <translation>Varios estudios juntos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="90"/>
        <source>Trial against usual care, where people knew their treatment</source>
        <translation>Ensayo contra la atención habitual, en el que las personas sabían qué tratamiento tenían</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="91"/>
        <source>Trial or studies comparing the two procedures</source>
        <translation>Ensayo o estudios que comparan los dos procedimientos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="92"/>
        <source>People who had no procedure, with no comparison group</source>
        <translation>Personas que no tuvieron un procedimiento, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="93"/>
        <source>Known risks, not measured in a trial</source>
        <translation>Riesgos conocidos, no medidos en un ensayo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="94"/>
        <source>Treated people only, with no comparison group</source>
        <translation>Solo personas tratadas, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="95"/>
        <source>Before and after, with no comparison group</source>
        <translation>Antes y después, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="96"/>
        <source>A clinic&apos;s claim, with no comparison group and no known source</source>
        <translation>Lo que dice una clínica, sin grupo de comparación y sin fuente conocida</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="302"/>
        <source>Fake procedure</source>
        <translation>Procedimiento simulado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="108"/>
        <source>Usual care in the trial</source>
        <translation>Atención habitual del ensayo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="112"/>
        <source>the fake procedure</source>
        <translation>el procedimiento simulado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/text.py" line="113"/>
        <source>usual care in the trial</source>
        <translation>la atención habitual del ensayo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Groups compared</source>
        <translation>Grupos comparados</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="323"/>
        <source>{low} to {high} in {den}</source>
        <translation>de {low} a {high} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="323"/>
        <source>fewer than {n} in {den}</source>
        <translation>menos de {n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="323"/>
        <source>about {n} in {den}</source>
        <translation>alrededor de {n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="323"/>
        <source>{n} in {den}</source>
        <translation>{n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="324"/>
        <source>fewer than {n} in {den} had this; more than {rest} did not</source>
        <translation>menos de {n} de cada {den} lo tuvieron; más de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="324"/>
        <source>about {n} in {den} had this; about {rest} did not</source>
        <translation>alrededor de {n} de cada {den} lo tuvieron; alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="325"/>
        <source>{events} of {people} people</source>
        <translation>{events} de {people} personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="326"/>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="326"/>
        <source>{figure} ({range})</source>
        <translation>{figure} ({range})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="326"/>
        <source>about {n} on average</source>
        <translation>alrededor de {n} en promedio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="326"/>
        <source>{n} on average</source>
        <translation>{n} en promedio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="327"/>
        <source>No difference between the groups</source>
        <translation>No hay diferencia entre los grupos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="327"/>
        <source>{n} more in {den} with {a} than with {b}</source>
        <translation>{n} más de cada {den} con {a} que con {b}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="328"/>
        <source>{n} fewer in {den} with {a} than with {b}</source>
        <translation>{n} menos de cada {den} con {a} que con {b}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="328"/>
        <source>{text} ({range})</source>
        <translation>{text} ({range})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="328"/>
        <source>about </source>
        <translation>alrededor de </translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="329"/>
        <source>Difference between the groups: {about}{n} ({scale})</source>
        <translation>Diferencia entre los grupos: {about}{n} ({scale})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="329"/>
        <source>{text}, {range}</source>
        <translation>{text}, {range}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="329"/>
        <source>{text}, no range given</source>
        <translation>{text}, sin rango</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="330"/>
        <source>{text}. {direction}</source>
        <translation>{text}. {direction}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="331"/>
        <source>The source reported only the difference between the groups ({groups}), not each group&apos;s own figure.</source>
        <translation>La fuente informó solo la diferencia entre los grupos ({groups}), no la cifra propia de cada grupo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="332"/>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="332"/>
        <source>{label}: {figure}</source>
        <translation>{label}: {figure}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="332"/>
        <source>{label}, {time}</source>
        <translation>{label}, {time}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="332"/>
        <source>one group only, no comparison group</source>
        <translation>un solo grupo, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="333"/>
        <source>{label}: not reported ({reason})</source>
        <translation>{label}: no informado ({reason})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="333"/>
        <source>Paid for by: {who}</source>
        <translation>Pagado por: {who}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/evidence.py" line="334"/>
        <source>In a fair trial ({label}, {time}): {comparison}</source>
        <translation>En un ensayo justo ({label}, {time}): {comparison}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/guidance.py" line="36"/>
        <source>{body}, {year}: {short}</source>
        <translation>{body}, {year}: {short}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/guidance.py" line="36"/>
        <source>{body} ({year}): {title}</source>
        <translation>{body} ({year}): {title}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>{question}, {option}: {answer}</source>
        <translation>{question}, {option}: {answer}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>{label}: {answer}</source>
        <translation>{label}: {answer}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="167"/>
        <source>Leaning: not sure yet</source>
        <translation>Todavía no sabe hacia dónde se inclina</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="168"/>
        <source>Leaning towards {option}</source>
        <translation>Se inclina por {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="168"/>
        <source>{n} of 4 yes</source>
        <translation>{n} de 4 sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/present/glance.py" line="168"/>
        <source>{n} of 4 answered</source>
        <translation>{n} de 4 respondidas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="348"/>
        <source>The sources are listed at the end, under “References”.</source>
        <translation>Las fuentes están al final, en “Referencias”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="349"/>
        <source>Every result and all sources: ask for the summary with the full evidence, or see the decision aid.</source>
        <translation>Todos los resultados y todas las fuentes: pida el resumen con toda la evidencia, o vea la ayuda.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="209"/>
        <source>Your options at a glance</source>
        <translation>Sus opciones de un vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="310"/>
        <source>Next steps and warning signs</source>
        <translation>Próximos pasos y señales de alarma</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="328"/>
        <source>Your care team can type this code into the decision aid to see your answers.</source>
        <translation>Su equipo médico puede escribir este código en la ayuda para ver sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="351"/>
        <source>Content version {v}, published {p}. {review} Written by: {names}. {where}</source>
        <translation>Versión del contenido {v}, publicada el {p}. {review} Escrito por: {names}. {where}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="358"/>
        <source>About this summary</source>
        <translation>Sobre este resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="362"/>
        <source>The full evidence</source>
        <translation>Toda la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="219"/>
        <source>Key results from research</source>
        <translation>Resultados clave de la investigación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="220"/>
        <source>Each picture shows 100 people. A filled square is one person who had the result. Compare the two groups in one picture only: they come from the same study.</source>
        <translation>Cada dibujo muestra 100 personas. Un cuadro lleno es una persona que tuvo el resultado. Compare los dos grupos solo dentro de un mismo dibujo: vienen del mismo estudio.</translation>
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="77"/>
        <source>Open a saved discussion</source>
        <translation>Abrir una conversación guardada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="78"/>
        <location filename="../../decisionaid/ui/clinician.py" line="297"/>
        <source>Saved discussions (*.json)</source>
        <translation>Conversaciones guardadas (*.json)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="88"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="89"/>
        <source>This discussion has changes that are not saved. Save them before closing?</source>
        <translation>Esta conversación tiene cambios que no se han guardado. ¿Quiere guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="132"/>
        <source>&amp;Open discussion…</source>
        <translation>&amp;Abrir conversación…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="133"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="135"/>
        <source>&amp;Save discussion</source>
        <translation>&amp;Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="136"/>
        <source>Save discussion &amp;as…</source>
        <translation>Guardar conversación c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="138"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="139"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="140"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="141"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="147"/>
        <source>&amp;Copy visit note</source>
        <translation>&amp;Copiar nota de la consulta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="148"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="152"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="154"/>
        <source>&amp;Issue cards…</source>
        <translation>&amp;Tarjetas de temas…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="155"/>
        <source>&amp;Text size</source>
        <translation>Tamaño de la &amp;letra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="164"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="167"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="169"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="170"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="172"/>
        <source>&amp;About this decision aid</source>
        <translation>A&amp;cerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="210"/>
        <source>New discussion</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="227"/>
        <location filename="../../decisionaid/ui/clinician.py" line="230"/>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>This discussion was saved with a different decision aid (%1).</source>
        <translation type="vanished">Esta conversación se guardó con otra ayuda para decidir (%1).</translation>
    </message>
    <message>
        <source>This discussion was saved with content version %1; this is version %2.</source>
        <translation type="vanished">Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2.</translation>
    </message>
    <message>
        <source>Answers whose content changed: %1.</source>
        <translation type="vanished">Respuestas cuyo contenido cambió: %1.</translation>
    </message>
    <message>
        <source>Answers whose content no longer exists: %1.</source>
        <translation type="vanished">Respuestas cuyo contenido ya no existe: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="251"/>
        <source>Content has changed</source>
        <translation>El contenido cambió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="255"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <source>This discussion was saved with content version %1; this is version %2. None of its answers are affected.</source>
        <translation type="vanished">Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="297"/>
        <source>Save discussion</source>
        <translation>Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="312"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The discussion could not be saved: %1. Your answers are kept.</source>
        <translation type="vanished">No se pudo guardar la conversación: %1. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="380"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="386"/>
        <source>Writing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="398"/>
        <location filename="../../decisionaid/ui/clinician.py" line="418"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>%1 Your answers are kept.</source>
        <translation type="vanished">%1 Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="404"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>The summary was saved as %1.</source>
        <translation type="vanished">El resumen se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="409"/>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="410"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="474"/>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="492"/>
        <source>Preview failed</source>
        <translation>No se pudo mostrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="628"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="628"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="629"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="636"/>
        <location filename="../../decisionaid/ui/clinician.py" line="641"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="640"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="640"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Some answers name things this content does not have: %1. They are kept in the file, but not shown or printed.</source>
        <translation type="vanished">Algunas respuestas nombran cosas que este contenido no tiene: %1. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="253"/>
        <source>Answers not shown</source>
        <translation>Respuestas que no se muestran</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="408"/>
        <source>Unsigned content</source>
        <translation>Contenido sin firmar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="134"/>
        <source>Open han&amp;d-off code…</source>
        <translation>Abrir código de &amp;traspaso…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="153"/>
        <source>At a &amp;glance</source>
        <translation>De un &amp;vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="212"/>
        <location filename="../../decisionaid/ui/clinician.py" line="533"/>
        <location filename="../../decisionaid/ui/clinician.py" line="567"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="274"/>
        <source>Cannot open this code</source>
        <translation>No se puede abrir este código</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="534"/>
        <source>At a glance: the whole consultation on one screen</source>
        <translation>De un vistazo: toda la consulta en una sola pantalla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="535"/>
        <source>At a glance (Ctrl+G)</source>
        <translation>De un vistazo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="58"/>
        <source>Some answers name things this content does not have: {answers}. They are kept in the file, but not shown or printed.</source>
        <translation>Algunas respuestas nombran cosas que este contenido no tiene: {answers}. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="231"/>
        <source>This discussion was saved with a different decision aid ({pack_id}).</source>
        <translation>Esta conversación se guardó con otra ayuda para decidir ({pack_id}).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="244"/>
        <source>This discussion was saved with content version {saved_version}; this is version {version}.</source>
        <translation>Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="246"/>
        <source>Answers whose content changed: {changed}.</source>
        <translation>Respuestas cuyo contenido cambió: {changed}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="248"/>
        <source>Answers whose content no longer exists: {vanished}.</source>
        <translation>Respuestas cuyo contenido ya no existe: {vanished}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="256"/>
        <source>This discussion was saved with content version {saved_version}; this is version {version}. None of its answers are affected.</source>
        <translation>Esta conversación se guardó con la versión {saved_version} del contenido; esta es la versión {version}. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="312"/>
        <source>The discussion could not be saved: {error}. Your answers are kept.</source>
        <translation>No se pudo guardar la conversación: {error}. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="142"/>
        <source>&amp;Include the full evidence</source>
        <translation>Incluir toda la evi&amp;dencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="398"/>
        <location filename="../../decisionaid/ui/clinician.py" line="418"/>
        <location filename="../../decisionaid/ui/clinician.py" line="474"/>
        <location filename="../../decisionaid/ui/clinician.py" line="492"/>
        <source>{problem} Your answers are kept.</source>
        <translation>{problem} Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="404"/>
        <source>The summary was saved as {name}.</source>
        <translation>El resumen se guardó como {name}.</translation>
    </message>
</context>
<context>
    <name>DefinitionDialog</name>
    <message>
        <source>Definition of %1</source>
        <translation type="vanished">Definición de %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/definition.py" line="25"/>
        <source>Definition of {term}</source>
        <translation>Definición de {term}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../decisionaid/ui/errors.py" line="68"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/errors.py" line="69"/>
        <source>Something went wrong; your answers are kept. You can carry on. If it happens again, please tell the staff.</source>
        <translation>Algo salió mal, pero sus respuestas se conservan. Puede continuar. Si vuelve a pasar, por favor avísele al personal.</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="181"/>
        <location filename="../../decisionaid/ui/glance.py" line="453"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="186"/>
        <source>Issue cards:</source>
        <translation>Tarjetas por tema:</translation>
    </message>
    <message>
        <source>Open the issue card: %1</source>
        <translation type="vanished">Abrir la tarjeta del tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="196"/>
        <source>Back to the steps</source>
        <translation>Volver a los pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="197"/>
        <source>Close At a glance and go back to the steps</source>
        <translation>Cerrar De un vistazo y volver a los pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="198"/>
        <source>Back to the steps (Esc)</source>
        <translation>Volver a los pasos (Esc)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="258"/>
        <source>Open the issue card</source>
        <translation>Abrir la tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="261"/>
        <source>Open the step</source>
        <translation>Abrir el paso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="267"/>
        <source>The options in short</source>
        <translation>Las opciones en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="269"/>
        <source>This content pack has no short grid.</source>
        <translation>Este paquete de contenido no tiene una tabla corta.</translation>
    </message>
    <message>
        <source>%1: open its issue card</source>
        <translation type="vanished">%1: abrir su tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="290"/>
        <source>Key comparisons</source>
        <translation>Comparaciones clave</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="292"/>
        <source>This content pack marks no key comparisons.</source>
        <translation>Este paquete de contenido no marca comparaciones clave.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="294"/>
        <source>Each square is one person. Filled: had this. Hatched: may also have had this (top of the range). Grey: a group that is not one of the options.</source>
        <translation>Cada cuadrito es una persona. Relleno: lo tuvo. Rayado: puede que también lo haya tenido (la parte alta del rango). Gris: un grupo que no es una de las opciones.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="385"/>
        <source>What expert groups say</source>
        <translation>Lo que dicen los grupos de expertos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="394"/>
        <source>Points to discuss</source>
        <translation>Puntos para hablar</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation type="vanished">Señal de alarma: %1</translation>
    </message>
    <message>
        <source>To discuss: %1</source>
        <translation type="vanished">Para hablar: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="408"/>
        <source>No situation questions are listed for this view.</source>
        <translation>No hay preguntas sobre la situación para esta vista.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="413"/>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="416"/>
        <source>Values, leaning and SURE: not entered yet. Open the step What matters to you.</source>
        <translation>Valores, inclinación y SURE: todavía sin respuestas. Abrir el paso Lo que es importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="417"/>
        <source>Values, leaning and SURE: not entered yet.</source>
        <translation>Valores, inclinación y SURE: todavía sin respuestas.</translation>
    </message>
    <message>
        <source>Top values: %1</source>
        <translation type="vanished">Valores principales: %1</translation>
    </message>
    <message>
        <source>SURE: %1</source>
        <translation type="vanished">SURE: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="192"/>
        <source>Open the issue card: {topic}</source>
        <translation>Abrir la tarjeta del tema: {topic}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="280"/>
        <source>{question}: open its issue card</source>
        <translation>{question}: abrir su tarjeta del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="398"/>
        <source>Warning sign: {point}</source>
        <translation>Señal de alarma: {point}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="398"/>
        <source>To discuss: {point}</source>
        <translation>Para hablar: {point}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="421"/>
        <source>Top values: {values}</source>
        <translation>Valores principales: {values}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/glance.py" line="426"/>
        <source>SURE: {sure}</source>
        <translation>SURE: {sure}</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="26"/>
        <source>Open hand-off code</source>
        <translation>Abrir código de traspaso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="28"/>
        <source>Type the code from the patient&apos;s kiosk summary, or scan its QR code into this field. Upper or lower case, hyphens and spaces are all fine. The answers open as a new discussion.</source>
        <translation>Escriba el código del resumen del quiosco del paciente, o escanee su código QR en este campo. Da igual si usa mayúsculas o minúsculas, guiones o espacios. Las respuestas se abren como una conversación nueva.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="35"/>
        <source>Hand-off code</source>
        <translation>Código de traspaso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="48"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handoff_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This content pack has too many questions for a hand-off code (%1 characters; the most is %2).</source>
        <translation type="vanished">Este paquete de contenido tiene demasiadas preguntas para un código de traspaso (%1 caracteres; el máximo es %2).</translation>
    </message>
    <message>
        <source>Hand-off codes never use the letter U. Check the code and try again.</source>
        <translation>Los códigos de traspaso nunca usan la letra U. Revise el código e intente de nuevo.</translation>
    </message>
    <message>
        <source>Hand-off codes use only the digits 0 to 9 and the letters A to Z (except I, L, O and U). Check the code and try again.</source>
        <translation>Los códigos de traspaso solo usan los dígitos del 0 al 9 y las letras de la A a la Z (menos I, L, O y U). Revise el código e intente de nuevo.</translation>
    </message>
    <message>
        <source>Type the hand-off code first.</source>
        <translation>Primero escriba el código de traspaso.</translation>
    </message>
    <message>
        <source>The code is too short: it has %1 characters and should have %2. Check that none are missing.</source>
        <translation type="vanished">El código es muy corto: tiene %1 caracteres y debe tener %2. Revise que no falte ninguno.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 characters and should have %2. Check it and try again.</source>
        <translation type="vanished">El código es muy largo: tiene %1 caracteres y debe tener %2. Revíselo e intente de nuevo.</translation>
    </message>
    <message>
        <source>The code does not check out, so a character is probably mistyped. Check it and try again.</source>
        <translation>El código no es válido: probablemente hay un carácter mal escrito. Revíselo e intente de nuevo.</translation>
    </message>
    <message>
        <source>This code was made by a newer version of the decision aid. Please update the app.</source>
        <translation>Este código se hizo con una versión más nueva de la ayuda para decidir. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>This is not a hand-off code this app can read.</source>
        <translation>Este no es un código de traspaso que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>This code was made with a different decision aid or a different version of its content, so it cannot be opened with this one (%1 %2).</source>
        <translation type="vanished">Este código se hizo con otra ayuda para decidir o con otra versión de su contenido, así que no se puede abrir con esta (%1 %2).</translation>
    </message>
    <message>
        <source>The code is damaged: it does not fit this content pack.</source>
        <translation>El código está dañado: no corresponde a este paquete de contenido.</translation>
    </message>
    <message>
        <source>This content pack has too many questions for a hand-off code ({length} characters; the most is {most}).</source>
        <translation>Este paquete de contenido tiene demasiadas preguntas para un código de traspaso ({length} caracteres; el máximo es {most}).</translation>
    </message>
    <message>
        <source>The code is too short: it has {length} characters and should have {expected}. Check that none are missing.</source>
        <translation>El código es muy corto: tiene {length} caracteres y debe tener {expected}. Revise que no falte ninguno.</translation>
    </message>
    <message>
        <source>The code is too long: it has {length} characters and should have {expected}. Check it and try again.</source>
        <translation>El código es muy largo: tiene {length} caracteres y debe tener {expected}. Revíselo e intente de nuevo.</translation>
    </message>
    <message>
        <source>This code was made with a different decision aid or a different version of its content, so it cannot be opened with this one ({pack_id} {version}).</source>
        <translation>Este código se hizo con otra ayuda para decidir o con otra versión de su contenido, así que no se puede abrir con esta ({pack_id} {version}).</translation>
    </message>
</context>
<context>
    <name>IssueCards</name>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Beneficio</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="vanished">Daño</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation type="vanished">comparado con</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="50"/>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="69"/>
        <source>Issue cards</source>
        <translation>Tarjetas por tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="72"/>
        <source>Choose a topic to see every option on it side by side.</source>
        <translation>Elija un tema para ver todas las opciones sobre ese tema, una al lado de la otra.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="vanished">Tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="89"/>
        <source>Topic details</source>
        <translation>Detalles del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="116"/>
        <source>Question or figure</source>
        <translation>Pregunta o cifra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="137"/>
        <source>Nothing in this content pack is tagged with this topic.</source>
        <translation>Nada en este paquete de contenido tiene este tema.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="81"/>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="66"/>
        <source>Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin</source>
        <translation>El modo quiosco necesita un PIN del personal. Configure uno con: decisionaid set-kiosk-pin</translation>
    </message>
    <message>
        <source>This content pack is a draft (not clinically reviewed). Kiosk mode shows only reviewed content. For a demo, start with --allow-draft-content.</source>
        <translation type="vanished">Este paquete de contenido es un borrador (sin revisión clínica). El modo quiosco solo muestra contenido revisado. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <source>This content pack was due for review on %1. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation type="vanished">Este paquete de contenido debía revisarse el %1. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="124"/>
        <location filename="../../decisionaid/ui/kiosk.py" line="129"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="133"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="135"/>
        <source>Continue: keep my answers</source>
        <translation>Continuar: conservar mis respuestas</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased in %1 seconds. Touch Continue to keep going.</source>
        <translation type="vanished">Para proteger su privacidad, sus respuestas se borrarán en %1 segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="199"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="200"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="213"/>
        <source>Tell the front desk now. This may be an emergency.</source>
        <translation>Avise en la recepción ahora mismo. Puede ser una emergencia.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="215"/>
        <source>Please tell the front desk now.</source>
        <translation>Por favor, avise en la recepción ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="234"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="240"/>
        <source>PIN entered</source>
        <translation>PIN ingresado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="241"/>
        <source>Staff only: enter the PIN to leave kiosk mode.</source>
        <translation>Solo para el personal: ingrese el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="250"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="254"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="262"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="vanished">Dígito %1</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait %1 seconds.</source>
        <translation type="vanished">Demasiados intentos incorrectos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="298"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="310"/>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Impresión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="612"/>
        <source>The summary could not be printed. Please ask at the front desk.</source>
        <translation>No se pudo imprimir el resumen. Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="683"/>
        <source>Kiosk mode cannot start</source>
        <translation>No se puede iniciar el modo quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="606"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="607"/>
        <source>Printing the summary</source>
        <translation>Imprimiendo el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="610"/>
        <source>Printing… Please wait a moment.</source>
        <translation>Imprimiendo… Espere un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="614"/>
        <source>Your summary was sent to the printer. Please collect it at the front desk.</source>
        <translation>Su resumen se envió a la impresora. Recójalo en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/i18n.py" line="88"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/i18n.py" line="89"/>
        <source>This language is not available here. Please ask at the front desk.</source>
        <translation>Este idioma no está disponible aquí. Pregunte en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="38"/>
        <source>The trusted keys could not be read, so no content can be shown.</source>
        <translation>No se pudieron leer las claves de confianza, así que no se puede mostrar ningún contenido.</translation>
    </message>
    <message>
        <source>The content pack %1 is not signed, and kiosk mode shows only signed content. Sign it with &apos;decisionaid sign-pack %1 --key KEY&apos;, and trust that key on this computer with &apos;decisionaid trust-key KEY.pub&apos;.</source>
        <translation type="vanished">El paquete de contenido %1 no está firmado, y el modo quiosco solo muestra contenido firmado. Fírmelo con &apos;decisionaid sign-pack %1 --key KEY&apos; y confíe en esa clave en esta computadora con &apos;decisionaid trust-key KEY.pub&apos;.</translation>
    </message>
    <message>
        <source>The signature file %2 of the content pack %1 cannot be read. Sign the pack again with &apos;decisionaid sign-pack %1 --key KEY&apos;.</source>
        <translation type="vanished">No se puede leer el archivo de firma %2 del paquete de contenido %1. Vuelva a firmar el paquete con &apos;decisionaid sign-pack %1 --key KEY&apos;.</translation>
    </message>
    <message>
        <source>The content pack %1 was changed after it was signed: its bytes do not match %2. Install the pack exactly as it was reviewed and signed, or have it reviewed and signed again.</source>
        <translation type="vanished">El paquete de contenido %1 cambió después de firmarse: sus bytes no coinciden con %2. Instale el paquete tal como se revisó y se firmó, o haga que se revise y se firme de nuevo.</translation>
    </message>
    <message>
        <source>The review record of the content pack %1 was changed, added or removed after the pack was signed (%2). Restore the record as it was signed, or sign the pack again after recording the review.</source>
        <translation type="vanished">El registro de revisión del paquete de contenido %1 cambió, se agregó o se quitó después de firmar el paquete (%2). Restaure el registro tal como se firmó, o vuelva a firmar el paquete después de anotar la revisión.</translation>
    </message>
    <message>
        <source>The content pack %1 is signed with a key this computer does not trust (key id %3). If staff trust that key, record it with &apos;decisionaid trust-key KEY.pub&apos; (with --system where the system trust file is used).</source>
        <translation type="vanished">El paquete de contenido %1 está firmado con una clave en la que esta computadora no confía (id de clave %3). Si el personal confía en esa clave, anótela con &apos;decisionaid trust-key KEY.pub&apos; (con --system donde se usa el archivo de confianza del sistema).</translation>
    </message>
    <message>
        <source>The signature %2 is not a valid signature of the content pack %1. Sign the pack again with &apos;decisionaid sign-pack %1 --key KEY&apos;.</source>
        <translation type="vanished">La firma %2 no es una firma válida del paquete de contenido %1. Vuelva a firmar el paquete con &apos;decisionaid sign-pack %1 --key KEY&apos;.</translation>
    </message>
    <message>
        <source>The content pack %1 has no review record that covers all of it and matches its exact bytes (a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the review with &apos;decisionaid review-record&apos;, then sign the pack again. For a demo, start with --allow-draft-content.</source>
        <translation type="vanished">El paquete de contenido %1 no tiene un registro de revisión que lo cubra todo y que coincida con sus bytes exactos (es un borrador, sin revisión clínica). El modo quiosco solo muestra contenido revisado: anote la revisión con &apos;decisionaid review-record&apos; y luego vuelva a firmar el paquete. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="43"/>
        <source>The content pack {pack} is not signed, and kiosk mode shows only signed content. Sign it with &apos;decisionaid sign-pack {pack} --key KEY&apos;, and trust that key on this computer with &apos;decisionaid trust-key KEY.pub&apos;.</source>
        <translation>El paquete de contenido {pack} no está firmado, y el modo quiosco solo muestra contenido firmado. Fírmelo con &apos;decisionaid sign-pack {pack} --key KEY&apos; y confíe en esa clave en esta computadora con &apos;decisionaid trust-key KEY.pub&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="46"/>
        <source>The signature file {signature} of the content pack {pack} cannot be read. Sign the pack again with &apos;decisionaid sign-pack {pack} --key KEY&apos;.</source>
        <translation>No se puede leer el archivo de firma {signature} del paquete de contenido {pack}. Vuelva a firmar el paquete con &apos;decisionaid sign-pack {pack} --key KEY&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="48"/>
        <source>The content pack {pack} was changed after it was signed: its bytes do not match {signature}. Install the pack exactly as it was reviewed and signed, or have it reviewed and signed again.</source>
        <translation>El paquete de contenido {pack} cambió después de firmarse: sus bytes no coinciden con {signature}. Instale el paquete tal como se revisó y se firmó, o haga que se revise y se firme de nuevo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="50"/>
        <source>The review record of the content pack {pack} was changed, added or removed after the pack was signed ({signature}). Restore the record as it was signed, or sign the pack again after recording the review.</source>
        <translation>El registro de revisión del paquete de contenido {pack} cambió, se agregó o se quitó después de firmar el paquete ({signature}). Restaure el registro tal como se firmó, o vuelva a firmar el paquete después de anotar la revisión.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="53"/>
        <source>The content pack {pack} is signed with a key this computer does not trust (key id {key_id}). If staff trust that key, record it with &apos;decisionaid trust-key KEY.pub&apos; (with --system where the system trust file is used).</source>
        <translation>El paquete de contenido {pack} está firmado con una clave en la que esta computadora no confía (id de clave {key_id}). Si el personal confía en esa clave, anótela con &apos;decisionaid trust-key KEY.pub&apos; (con --system donde se usa el archivo de confianza del sistema).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="56"/>
        <source>The signature {signature} is not a valid signature of the content pack {pack}. Sign the pack again with &apos;decisionaid sign-pack {pack} --key KEY&apos;.</source>
        <translation>La firma {signature} no es una firma válida del paquete de contenido {pack}. Vuelva a firmar el paquete con &apos;decisionaid sign-pack {pack} --key KEY&apos;.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="71"/>
        <source>The content pack {pack} has no review record that covers all of it and matches its exact bytes (a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the review with &apos;decisionaid review-record&apos;, then sign the pack again. For a demo, start with --allow-draft-content.</source>
        <translation>El paquete de contenido {pack} no tiene un registro de revisión que lo cubra todo y que coincida con sus bytes exactos (es un borrador, sin revisión clínica). El modo quiosco solo muestra contenido revisado: anote la revisión con &apos;decisionaid review-record&apos; y luego vuelva a firmar el paquete. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="76"/>
        <source>This content pack was due for review on {date}. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation>Este paquete de contenido debía revisarse el {date}. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="151"/>
        <source>To protect your privacy, your answers will be erased in {seconds} seconds. Touch Continue to keep going.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en {seconds} segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="271"/>
        <source>Digit {digit}</source>
        <translation>Dígito {digit}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="296"/>
        <source>Too many wrong tries. Wait {seconds} seconds.</source>
        <translation>Demasiados intentos incorrectos. Espere {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../decisionaid/ui/i18n.py" line="40"/>
        <source>English</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Decision aid: %1</source>
        <translation type="vanished">Ayuda para decidir: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="71"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="75"/>
        <location filename="../../decisionaid/ui/main_window.py" line="295"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="76"/>
        <location filename="../../decisionaid/ui/main_window.py" line="296"/>
        <source>The steps of the decision aid. A check mark shows steps with answers.</source>
        <translation>Los pasos de la ayuda para decidir. Una marca ✓ muestra los pasos que tienen respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="304"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="305"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="306"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="307"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="308"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="309"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="282"/>
        <source>has answers</source>
        <translation>tiene respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="282"/>
        <source>no answers yet</source>
        <translation>todavía sin respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="283"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="vanished">Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="334"/>
        <source>Draft content: not yet clinically reviewed.</source>
        <translation>Contenido en borrador: todavía sin revisión clínica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="334"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>This content was due for review on %1. Check for an updated content pack.</source>
        <translation type="vanished">Este contenido debía revisarse el %1. Busque un paquete de contenido actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="337"/>
        <source>Review overdue:</source>
        <translation>Revisión atrasada:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="339"/>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="49"/>
        <location filename="../../decisionaid/ui/main_window.py" line="257"/>
        <source>Decision aid: {title}</source>
        <translation>Ayuda para decidir: {title}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <location filename="../../decisionaid/ui/main_window.py" line="284"/>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="337"/>
        <source>This content was due for review on {date}. Check for an updated content pack.</source>
        <translation>Este contenido debía revisarse el {date}. Busque un paquete de contenido actualizado.</translation>
    </message>
</context>
<context>
    <name>Paragraph</name>
    <message>
        <source>What is “%1”?</source>
        <translation type="vanished">¿Qué es “%1”?</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation type="vanished">Explicar %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/text.py" line="132"/>
        <source>What is “{words}”?</source>
        <translation>¿Qué es “{words}”?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/text.py" line="133"/>
        <source>Explain {words}</source>
        <translation>Explicar {words}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="27"/>
        <source>These settings are kept on this computer. Command-line options override them.</source>
        <translation>Estos ajustes se guardan en esta computadora. Las opciones de la línea de comandos tienen prioridad sobre ellos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="36"/>
        <source>Follow the system (Letter in the US, A4 elsewhere)</source>
        <translation>Igual que el sistema (Carta en EE. UU., A4 en otros países)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="36"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="37"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="41"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="45"/>
        <source>Large print summaries by default</source>
        <translation>Resúmenes con letra grande de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="49"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="53"/>
        <source>None (no print button at the kiosk)</source>
        <translation>Ninguna (sin botón de imprimir en el quiosco)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="65"/>
        <source>Clinician name</source>
        <translation>Nombre del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="65"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="66"/>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="66"/>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="67"/>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="67"/>
        <source>Kiosk printer</source>
        <translation>Impresora del quiosco</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>People measured before and after treatment, with no comparison group</source>
        <translation type="vanished">Personas medidas antes y después del tratamiento, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Trials that compared the procedure with a fake (sham) procedure</source>
        <translation type="vanished">Ensayos que compararon el procedimiento con un procedimiento simulado (falso)</translation>
    </message>
    <message>
        <source>Trials that compared the procedure with usual care (people knew which treatment they had)</source>
        <translation type="vanished">Ensayos que compararon el procedimiento con la atención habitual (las personas sabían qué tratamiento recibieron)</translation>
    </message>
    <message>
        <source>People who did not have a procedure</source>
        <translation type="vanished">Personas que no tuvieron un procedimiento</translation>
    </message>
    <message>
        <source>Reports on people who had the procedure, with no comparison group</source>
        <translation type="vanished">Informes sobre personas que tuvieron el procedimiento, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Studies that followed people in everyday care (not a trial)</source>
        <translation type="vanished">Estudios que siguieron a personas en su atención de todos los días (no son ensayos)</translation>
    </message>
    <message>
        <source>Trials that compared one procedure with the other</source>
        <translation type="vanished">Ensayos que compararon un procedimiento con el otro</translation>
    </message>
    <message>
        <source>Results of several studies pooled together</source>
        <translation type="vanished">Resultados de varios estudios combinados</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">alta</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="vanished">moderada</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">baja</translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="vanished">muy baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="73"/>
        <source>Benefits and risks</source>
        <translation>Beneficios y riesgos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="72"/>
        <source>Compare the options</source>
        <translation>Compare las opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="76"/>
        <source>Check your understanding</source>
        <translation>Compruebe lo que entendió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="78"/>
        <source>Where you are leaning</source>
        <translation>Hacia dónde se inclina</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="71"/>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="79"/>
        <source>Questions for your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="26"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="vanished">%1 minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="26"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="27"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="28"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="28"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="30"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="32"/>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="34"/>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="36"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="vanished">%1 horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="29"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="30"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="31"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="32"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="vanished">%1 semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="33"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="34"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="vanished">%1 meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="35"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="36"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="vanished">%1 años</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="37"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="74"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="70"/>
        <source>Your situation</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="208"/>
        <source>Urgent — get help now:</source>
        <translation>Urgente — pida ayuda ahora:</translation>
    </message>
    <message>
        <source>Warning — call your care team:</source>
        <translation type="vanished">Alarma — llame a su equipo médico:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="vanished">Alarma:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="209"/>
        <source>For your care team:</source>
        <translation>Para su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="210"/>
        <source>To talk about with your care team:</source>
        <translation>Para hablar con su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="214"/>
        <source>Urgent:</source>
        <translation>Urgente:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="215"/>
        <source>Call your care team:</source>
        <translation>Llame a su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="216"/>
        <source>To discuss:</source>
        <translation>Para hablar:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="81"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/choices.py" line="14"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/choices.py" line="15"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/choices.py" line="16"/>
        <source>Somewhat important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/choices.py" line="17"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/choices.py" line="18"/>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="75"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="69"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>No comparable figure: %1</source>
        <translation type="vanished">No hay una cifra comparable: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="vanished">no se informó</translation>
    </message>
    <message>
        <source>difference of %1</source>
        <translation type="vanished">diferencia de %1</translation>
    </message>
    <message>
        <source>(range %1 to %2)</source>
        <translation type="vanished">(rango de %1 a %2)</translation>
    </message>
    <message>
        <source>on this measure: %1</source>
        <translation type="vanished">en esta medida: %1</translation>
    </message>
    <message>
        <source>fewer than %1 out of %2</source>
        <translation type="vanished">menos de %1 de cada %2</translation>
    </message>
    <message>
        <source>about %1 out of %2</source>
        <translation type="vanished">alrededor de %1 de cada %2</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation type="vanished">%1 de cada %2</translation>
    </message>
    <message>
        <source>Certainty: %1</source>
        <translation type="vanished">Certeza: %1</translation>
    </message>
    <message>
        <source>Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.</source>
        <translation type="vanished">Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Beneficio</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="vanished">Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="118"/>
        <source>Type of evidence:</source>
        <translation>Tipo de evidencia:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="119"/>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="122"/>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="vanished">Comparado con:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="127"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Unverified: this figure has not yet been checked against its source.</source>
        <translation type="vanished">Sin verificar: esta cifra todavía no se ha comprobado con su fuente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="172"/>
        <source>Comparison table of the options</source>
        <translation>Tabla para comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="130"/>
        <source>Questions people ask</source>
        <translation>Preguntas que hacen las personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="162"/>
        <location filename="../../decisionaid/ui/pages/compare.py" line="167"/>
        <location filename="../../decisionaid/ui/pages/compare.py" line="201"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="264"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Each row is a question people often ask. Read across a row to compare the answers for each option. Numbers in brackets are sources: select them to read the references.</source>
        <translation type="vanished">Cada fila es una pregunta que las personas hacen con frecuencia. Lea la fila de lado a lado para comparar las respuestas de cada opción. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="20"/>
        <source>These questions check how clear the information is. It is not a test of you. After you answer, you see the right answer and why. You can change your answer.</source>
        <translation>Estas preguntas revisan qué tan clara es la información. No es un examen para usted. Después de contestar, verá la respuesta correcta y por qué. Puede cambiar su respuesta.</translation>
    </message>
    <message>
        <source>Question %1 of %2:</source>
        <translation type="vanished">Pregunta %1 de %2:</translation>
    </message>
    <message>
        <source>%1 Answer: %2</source>
        <translation type="vanished">%1 Respuesta: %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="87"/>
        <source>That&apos;s right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation type="vanished">No exactamente. La respuesta es: %1</translation>
    </message>
    <message>
        <source>You have not answered any of the %1 questions yet.</source>
        <translation type="vanished">Todavía no ha contestado ninguna de las %1 preguntas.</translation>
    </message>
    <message>
        <source>%1 of %2 right.</source>
        <translation type="vanished">%1 de %2 correctas.</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 questions.</source>
        <translation type="vanished">Ha contestado %1 de %2 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="26"/>
        <source>Take the time you need. Ask your care team how long you have to decide.</source>
        <translation>Tómese el tiempo que necesite. Pregunte a su equipo médico cuánto tiempo tiene para decidir.</translation>
    </message>
    <message>
        <source>Look again at the steps “%1” and “%2”, or ask your care team to go through them with you.</source>
        <translation type="vanished">Vuelva a mirar los pasos “%1” y “%2”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <source>Go back to the step “%1” and think about what matters most to you.</source>
        <translation type="vanished">Vuelva al paso “%1” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="33"/>
        <source>Talk it over with family, friends or your care team. You can take your summary with you.</source>
        <translation>Hable de esto con su familia, sus amigos o su equipo médico. Puede llevar su resumen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="39"/>
        <source>Things that may help:</source>
        <translation>Cosas que pueden ayudar:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="70"/>
        <source>Not sure yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="25"/>
        <source>This is not a final choice. You can change your mind at any time. Your answer helps you and your care team talk about what comes next.</source>
        <translation>Esta no es una decisión final. Puede cambiar de opinión en cualquier momento. Su respuesta les ayuda a usted y a su equipo médico a hablar de lo que sigue.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="28"/>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="29"/>
        <source>Which option are you leaning towards right now?</source>
        <translation>¿Por cuál opción se inclina en este momento?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="38"/>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="42"/>
        <source>How sure do you feel?</source>
        <translation>¿Qué tan seguro/a se siente?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="39"/>
        <source>Answer Yes or No to each question. These four questions are called the SURE test. They help you see whether you are ready to decide.</source>
        <translation>Conteste Sí o No a cada pregunta. Estas cuatro preguntas se llaman la prueba SURE. Le ayudan a ver si está listo/a para decidir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="48"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="87"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="87"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="25"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="48"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="88"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="88"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="25"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>Leaning towards: %1</source>
        <translation type="vanished">Se inclina por: %1</translation>
    </message>
    <message>
        <source>You have answered %1 of the 4 questions.</source>
        <translation type="vanished">Ha contestado %1 de las 4 preguntas.</translation>
    </message>
    <message>
        <source>You answered Yes to %1 of the 4 questions.</source>
        <translation type="vanished">Contestó Sí a %1 de las 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="33"/>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="67"/>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="118"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Funded by: %1</source>
        <translation type="vanished">Financiado por: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="46"/>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="56"/>
        <source>Funded or written by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="65"/>
        <source>Close the sources</source>
        <translation>Cerrar las fuentes</translation>
    </message>
    <message>
        <source>Source %1: show the reference</source>
        <translation type="vanished">Fuente %1: mostrar la referencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="85"/>
        <source>Show the reference</source>
        <translation>Mostrar la referencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="23"/>
        <source>These are the options. They are shown in the same order and the same way on every page. The order does not mean one is better.</source>
        <translation>Estas son las opciones. Se muestran en el mismo orden y de la misma forma en todas las páginas. El orden no quiere decir que una sea mejor.</translation>
    </message>
    <message>
        <source>Option: %1</source>
        <translation type="vanished">Opción: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="25"/>
        <source>Tick the questions you want to ask. They go on your summary, so you can take them with you.</source>
        <translation>Marque las preguntas que quiere hacer. Se agregan a su resumen, para que pueda llevarlas con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="27"/>
        <source>Suggested questions</source>
        <translation>Preguntas sugeridas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="37"/>
        <location filename="../../decisionaid/ui/pages/questions.py" line="66"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="140"/>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="38"/>
        <source>Type a question, then press Add or the Enter key.</source>
        <translation>Escriba una pregunta y luego oprima Agregar o la tecla Enter.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="47"/>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="48"/>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="53"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="54"/>
        <source>Add your question to the list</source>
        <translation>Agregar su pregunta a la lista</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="63"/>
        <source>You have not added any questions of your own.</source>
        <translation>Todavía no ha agregado preguntas propias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="74"/>
        <location filename="../../decisionaid/ui/pages/questions.py" line="80"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="142"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional de salud</translation>
    </message>
    <message>
        <source>Notes for the person and their care team. They go on the summary.</source>
        <translation type="vanished">Notas para la persona y su equipo médico. Se agregan al resumen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="121"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove your question: %1</source>
        <translation type="vanished">Quitar su pregunta: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="vanished">alrededor de %1</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="vanished">%1 a %2 %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="vanished">%1 a %2</translation>
    </message>
    <message>
        <source>%1 (up to %2) — sources disagree</source>
        <translation type="vanished">%1 (hasta %2) — las fuentes no coinciden</translation>
    </message>
    <message>
        <source>%1 — sources disagree</source>
        <translation type="vanished">%1 — las fuentes no coinciden</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="143"/>
        <source>What recovery is usually like with each option. Times are typical; your own recovery may be quicker or slower. Where studies give different times, this is shown as a range and marked “sources disagree”.</source>
        <translation>Cómo suele ser la recuperación con cada opción. Los tiempos son los más comunes; su propia recuperación puede ser más rápida o más lenta. Cuando los estudios dan tiempos diferentes, se muestra un rango marcado con “las fuentes no coinciden”.</translation>
    </message>
    <message>
        <source>Recovery with %1</source>
        <translation type="vanished">Recuperación con %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="vanished">Cuándo: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="172"/>
        <source>Unverified: this time has not yet been checked against its source.</source>
        <translation>Sin verificar: este tiempo todavía no se ha comprobado con su fuente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="190"/>
        <source>Warning signs after a procedure</source>
        <translation>Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="191"/>
        <source>After a procedure, watch for these signs. They are rare, but act at once if you notice one.</source>
        <translation>Después de un procedimiento, esté atento/a a estas señales. Son raras, pero actúe de inmediato si nota alguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="196"/>
        <source>Emergency:</source>
        <translation>Emergencia:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="198"/>
        <source>Warning sign:</source>
        <translation>Señal de alarma:</translation>
    </message>
    <message>
        <source>%1 (scale %2 to %3)</source>
        <translation type="vanished">%1 (escala de %2 a %3)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="107"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="vanished">Un número del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="122"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation type="vanished">Borrar la respuesta a: %1</translation>
    </message>
    <message>
        <source>Warning signs from your answers</source>
        <translation type="vanished">Señales de alarma según sus respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="246"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="248"/>
        <source>Back to the question you were answering</source>
        <translation>Volver a la pregunta que estaba contestando</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="260"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="266"/>
        <source>What usually happens without a procedure</source>
        <translation>Lo que suele pasar sin un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="269"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="270"/>
        <source>Answer what you can. Every question is optional, and you can change or clear an answer at any time. Your answers help you and your doctor see what to talk about. They do not decide anything.</source>
        <translation>Conteste lo que pueda. Todas las preguntas son opcionales, y puede cambiar o borrar una respuesta en cualquier momento. Sus respuestas les ayudan a usted y a su médico a ver de qué hablar. No deciden nada.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="280"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="283"/>
        <source>Points to discuss with your doctor</source>
        <translation>Puntos para hablar con su médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="287"/>
        <source>Nothing yet. Points appear here as you answer the questions.</source>
        <translation>Todavía nada. Los puntos aparecen aquí a medida que contesta las preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="293"/>
        <source>Warning sign (see the top of this page):</source>
        <translation>Señal de alarma (vea la parte de arriba de esta página):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="39"/>
        <source>Everything you entered, on one page. Take it to your appointment to talk it over with your care team. You can go back to any step to change an answer.</source>
        <translation>Todo lo que usted escribió, en una sola página. Llévelo a su cita para hablarlo con su equipo médico. Puede volver a cualquier paso para cambiar una respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="45"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="46"/>
        <source>Export the summary as a PDF file</source>
        <translation>Exportar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="47"/>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="48"/>
        <source>Show a print preview of the summary</source>
        <translation>Mostrar una vista previa de impresión del resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="606"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="49"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="607"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="50"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="51"/>
        <source>Save as HTML…</source>
        <translation>Guardar como HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="52"/>
        <source>Save the summary as a web page (HTML) file</source>
        <translation>Guardar el resumen como archivo de página web (HTML)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="90"/>
        <source>Patient name (optional):</source>
        <translation>Nombre del paciente (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="91"/>
        <source>Clinician (optional):</source>
        <translation>Profesional de salud (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="92"/>
        <source>Clinic (optional):</source>
        <translation>Clínica (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="113"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="293"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="117"/>
        <source>Points to discuss with your care team</source>
        <translation>Puntos para hablar con su equipo médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="123"/>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="127"/>
        <source>None from your answers so far.</source>
        <translation>Ninguno según sus respuestas hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="130"/>
        <location filename="../../decisionaid/ui/pages/values.py" line="53"/>
        <source>What matters most to you</source>
        <translation>Lo que es más importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="147"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="vanished">Fecha: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="283"/>
        <source>Nothing was rated “Important” or “Very important”.</source>
        <translation>No se calificó nada como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="285"/>
        <source>No ratings yet.</source>
        <translation>Todavía no hay calificaciones.</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3 of %4 questions answered).</source>
        <translation type="vanished">%1 de %2 correctas (%3 de %4 preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="298"/>
        <source>Leaning towards: no answer yet.</source>
        <translation>Se inclina por: todavía sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="303"/>
        <source>How sure you feel (SURE test): not all four questions answered.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): no se contestaron las cuatro preguntas.</translation>
    </message>
    <message>
        <source>How sure you feel (SURE test): Yes to %1 of 4 questions.</source>
        <translation type="vanished">Qué tan seguro/a se siente (prueba SURE): Sí en %1 de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="314"/>
        <source>None chosen.</source>
        <translation>No eligió ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="316"/>
        <source>None added.</source>
        <translation>No agregó ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="317"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="22"/>
        <source>How important is each of these to you? There are no right or wrong answers, and you can skip any of them. Your ratings are for you and your care team to talk about. The aid does not use them to pick a treatment for you.</source>
        <translation>¿Qué tan importante es cada una de estas cosas para usted? No hay respuestas correctas ni incorrectas, y puede saltarse cualquiera. Sus calificaciones son para que usted y su equipo médico hablen de ellas. Esta ayuda no las usa para elegir un tratamiento por usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="35"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the rating for: %1</source>
        <translation type="vanished">Borrar la calificación de: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="37"/>
        <source>Go back to not rated</source>
        <translation>Volver a sin calificar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="vanished">• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="85"/>
        <source>Nothing is rated “Important” or “Very important” yet.</source>
        <translation>Todavía no hay nada calificado como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="87"/>
        <source>Nothing yet. When you rate the statements above, the ones that matter most to you show here.</source>
        <translation>Todavía nada. Cuando califique las frases de arriba, las que son más importantes para usted aparecerán aquí.</translation>
    </message>
    <message>
        <source>What matters most to you: %1</source>
        <translation type="vanished">Lo que es más importante para usted: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="59"/>
        <source>This content is a draft. It was written from the cited evidence and has not yet been checked by clinicians.</source>
        <translation>Este contenido es un borrador. Se escribió a partir de la evidencia citada y todavía no lo han revisado profesionales de salud.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="60"/>
        <source>DRAFT.</source>
        <translation>BORRADOR.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="64"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="66"/>
        <source>Who this is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="68"/>
        <source>Who this is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="70"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="72"/>
        <source>How long it takes</source>
        <translation>Cuánto tiempo toma</translation>
    </message>
    <message>
        <source>If nobody touches the screen for %1 seconds, the aid asks if you are still there. If there is no answer, all your answers are erased. Nothing you enter is stored.</source>
        <translation type="vanished">Si nadie toca la pantalla durante %1 segundos, la ayuda le pregunta si sigue ahí. Si no hay respuesta, se borran todas sus respuestas. No se guarda nada de lo que usted escribe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="55"/>
        <source>Your privacy:</source>
        <translation>Su privacidad:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="74"/>
        <source>Who wrote it and when</source>
        <translation>Quién lo escribió y cuándo</translation>
    </message>
    <message>
        <source>Draft, not yet clinically reviewed</source>
        <translation type="vanished">Borrador, todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>Clinically reviewed</source>
        <translation type="vanished">Con revisión clínica</translation>
    </message>
    <message>
        <source>Written by: %1.</source>
        <translation type="vanished">Escrito por: %1.</translation>
    </message>
    <message>
        <source>Published %1. Last reviewed %2. Next review due %3.</source>
        <translation type="vanished">Publicado el %1. Última revisión el %2. Próxima revisión el %3.</translation>
    </message>
    <message>
        <source>Review status: %1. Content version %2.</source>
        <translation type="vanished">Estado de la revisión: %1. Versión del contenido %2.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="80"/>
        <source>Please note:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="108"/>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="109"/>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="113"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="120"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="426"/>
        <source>Text size:</source>
        <translation>Tamaño de la letra:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="428"/>
        <source>Text size {percent} percent</source>
        <translation>Tamaño de la letra: {percent} por ciento</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation type="vanished">Tamaño de la letra: %1 por ciento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="139"/>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="140"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. Some rows give a difference on a scale instead. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.</source>
        <translation type="vanished">Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. Algunas filas dan, en cambio, una diferencia en una escala. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <source>Every figure, row by row</source>
        <translation type="vanished">Todas las cifras, fila por fila</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="397"/>
        <source>Questions people often ask, with the answer for each option. Compare the answers to one question at a time. Numbers in brackets are sources: select them to read the references.</source>
        <translation>Preguntas que las personas hacen con frecuencia, con la respuesta para cada opción. Compare las respuestas de una pregunta a la vez. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="147"/>
        <source>Step by step, for each option</source>
        <translation>Paso a paso, para cada opción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="301"/>
        <source>How sure you feel (SURE test): no answers yet.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): todavía sin respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="42"/>
        <source>Each result below compares groups of people in the same study over the same time: for example, people who had cement and people who had a fake procedure. Compare the groups only within a result. “Certainty” says how sure researchers are. Numbers in brackets are sources: select them to read the references. A clinic&apos;s claim with no comparison group is shown last, and marked.</source>
        <translation>Cada resultado de abajo compara grupos de personas del mismo estudio durante el mismo tiempo: por ejemplo, personas a quienes se les puso cemento y personas con un procedimiento simulado. Compare los grupos solo dentro de un mismo resultado. “Certeza” dice qué tan seguros están los investigadores. Los números entre corchetes son fuentes: selecciónelos para leer las referencias. Lo que dice una clínica sin grupo de comparación aparece al final, marcado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="47"/>
        <source>Every result, question by question</source>
        <translation>Cada resultado, pregunta por pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="113"/>
        <source>No comparison group: a clinic&apos;s claim, not a fair test.</source>
        <translation>Sin grupo de comparación: lo que dice una clínica, no una prueba justa.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="121"/>
        <source>Study:</source>
        <translation>Estudio:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="123"/>
        <source>Certainty:</source>
        <translation>Certeza:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="125"/>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="129"/>
        <source>Paid for by:</source>
        <translation>Pagado por:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="174"/>
        <source>Unverified: a figure in this result has not yet been checked against its source.</source>
        <translation>Sin verificar: una cifra de este resultado todavía no se ha revisado con su fuente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="413"/>
        <source>What expert groups say</source>
        <translation>Lo que dicen los grupos de expertos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="414"/>
        <source>Guidelines and payers looked at the same evidence and came to different advice. None of them knows your situation: talk them through with your care team.</source>
        <translation>Las guías y los que pagan la atención miraron la misma evidencia y dieron consejos distintos. Ninguno conoce su situación: hable de ellos con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="437"/>
        <source>Issue cards:</source>
        <translation>Tarjetas por tema:</translation>
    </message>
    <message>
        <source>Open the issue card: %1</source>
        <translation type="vanished">Abrir la tarjeta del tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="448"/>
        <source>Every option on this topic, side by side</source>
        <translation>Todas las opciones sobre este tema, una al lado de la otra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="106"/>
        <source>Show recovery with:</source>
        <translation>Mostrar la recuperación con:</translation>
    </message>
    <message>
        <source>Show recovery with %1</source>
        <translation type="vanished">Mostrar la recuperación con %1</translation>
    </message>
    <message>
        <source>Why we ask: %1 You can skip this question.</source>
        <translation type="vanished">Por qué preguntamos: %1 Puede saltarse esta pregunta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="128"/>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Skip this question: %1</source>
        <translation type="vanished">Saltar esta pregunta: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="229"/>
        <source>From your answers: what to tell your care team</source>
        <translation>Según sus respuestas: qué decirle a su equipo médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="295"/>
        <source>For your care team (also at the top of this page):</source>
        <translation>Para su equipo médico (también está arriba en esta página):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="77"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="325"/>
        <source>From the kiosk:</source>
        <translation>Del quiosco:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="155"/>
        <source>Your code for the clinic</source>
        <translation>Su código para la clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="156"/>
        <source>Show or read this code to your doctor. It lets them see your answers from this screen. It does not hold your name or anything you typed.</source>
        <translation>Muéstrele o léale este código a su médico. Así su médico puede ver sus respuestas de esta pantalla. El código no lleva su nombre ni nada de lo que usted escribió.</translation>
    </message>
    <message>
        <source>Your answers to private questions are left out unless you tick the box: %1</source>
        <translation type="vanished">Sus respuestas a preguntas privadas no se incluyen, a menos que marque la casilla: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="170"/>
        <source>Put these answers in the code too</source>
        <translation>Incluir también estas respuestas en el código</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="173"/>
        <source>Put my answers to the private questions in the code too</source>
        <translation>Incluir también mis respuestas a las preguntas privadas en el código</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="176"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="196"/>
        <source>Show the code as a QR code</source>
        <translation>Mostrar el código como código QR</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="179"/>
        <source>Show the code as a QR code for the clinic to scan</source>
        <translation>Mostrar el código como código QR para que la clínica lo escanee</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="196"/>
        <source>Hide the QR code</source>
        <translation>Ocultar el código QR</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation type="vanished">Su código: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="218"/>
        <source>QR code of your code</source>
        <translation>Código QR de su código</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="320"/>
        <source>These answers were opened from the patient&apos;s kiosk hand-off code.</source>
        <translation>Estas respuestas se abrieron con el código de traspaso del quiosco del paciente.</translation>
    </message>
    <message>
        <source>The patient chose not to share the answers to: %1</source>
        <translation type="vanished">El paciente decidió no compartir las respuestas a: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="31"/>
        <source>Review status: draft, not yet clinically reviewed.</source>
        <translation>Estado de la revisión: borrador, todavía sin revisión clínica.</translation>
    </message>
    <message>
        <source>Reviewed by %1 (%2) on %3.</source>
        <translation type="vanished">Revisado por %1 (%2) el %3.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="36"/>
        <source>This review covers only part of the content, so it is still a draft.</source>
        <translation>Esta revisión cubre solo una parte del contenido, así que todavía es un borrador.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="89"/>
        <source>Written by:</source>
        <translation>Escrito por:</translation>
    </message>
    <message>
        <source>Published %1. Next review due %2.</source>
        <translation type="vanished">Publicado el %1. Próxima revisión el %2.</translation>
    </message>
    <message>
        <source>Content version %1.</source>
        <translation type="vanished">Versión del contenido %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="29"/>
        <source>Question {number} of {total}:</source>
        <translation>Pregunta {number} de {total}:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="37"/>
        <source>{question} Answer: {answer}</source>
        <translation>{question} Respuesta: {answer}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="89"/>
        <source>Not quite. The answer is: {answer}</source>
        <translation>No exactamente. La respuesta es: {answer}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="98"/>
        <source>You have not answered any of the {total} questions yet.</source>
        <translation>Todavía no ha contestado ninguna de las {total} preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="100"/>
        <source>{right} of {answered} right.</source>
        <translation>{right} de {answered} correctas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="102"/>
        <source>You have answered {answered} of {total} questions.</source>
        <translation>Ha contestado {answered} de {total} preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="50"/>
        <source>{question} {answer}</source>
        <translation>{question} {answer}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="63"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="297"/>
        <source>Leaning towards: {option}</source>
        <translation>Se inclina por: {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="92"/>
        <source>You have answered {answered} of the 4 questions.</source>
        <translation>Ha contestado {answered} de las 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="94"/>
        <source>You answered Yes to {score} of the 4 questions.</source>
        <translation>Contestó Sí a {score} de las 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="32"/>
        <source>Option: {option}</source>
        <translation>Opción: {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="122"/>
        <source>Remove your question: {text}</source>
        <translation>Quitar su pregunta: {text}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="67"/>
        <source>about {duration}</source>
        <translation>alrededor de {duration}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="71"/>
        <source>{low} to {high} {unit}</source>
        <translation>{low} a {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="72"/>
        <source>{shortest} to {longest}</source>
        <translation>{shortest} a {longest}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="80"/>
        <source>{duration} (up to {longest}) — sources disagree</source>
        <translation>{duration} (hasta {longest}) — las fuentes no coinciden</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="81"/>
        <source>{duration} — sources disagree</source>
        <translation>{duration} — las fuentes no coinciden</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="115"/>
        <source>Show recovery with {option}</source>
        <translation>Mostrar la recuperación con {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="153"/>
        <source>Recovery with {option}</source>
        <translation>Recuperación con {option}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="164"/>
        <source>When: {when}</source>
        <translation>Cuándo: {when}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="70"/>
        <source>Why we ask: {reason} You can skip this question.</source>
        <translation>Por qué preguntamos: {reason} Puede saltarse esta pregunta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="99"/>
        <source>{value} (scale {low} to {high})</source>
        <translation>{value} (escala de {low} a {high})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="111"/>
        <source>A number from {low} to {high}</source>
        <translation>Un número del {low} al {high}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="124"/>
        <source>Clear the answer to: {text}</source>
        <translation>Borrar la respuesta a: {text}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="130"/>
        <source>Skip this question: {text}</source>
        <translation>Saltar esta pregunta: {text}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="166"/>
        <source>Your answers to private questions are left out unless you tick the box: {questions}</source>
        <translation>Sus respuestas a preguntas privadas no se incluyen, a menos que marque la casilla: {questions}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="209"/>
        <source>Your code: {code}</source>
        <translation>Su código: {code}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="255"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="281"/>
        <source>{statement} ({rating})</source>
        <translation>{statement} ({rating})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="291"/>
        <source>{right} of {answered} right ({answered} of {total} questions answered).</source>
        <translation>{right} de {answered} correctas ({answered} de {total} preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="305"/>
        <source>How sure you feel (SURE test): Yes to {score} of 4 questions.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): Sí en {score} de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="323"/>
        <source>The patient chose not to share the answers to: {questions}</source>
        <translation>El paciente decidió no compartir las respuestas a: {questions}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="36"/>
        <source>Clear the rating for: {text}</source>
        <translation>Borrar la calificación de: {text}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="44"/>
        <source>{statement}: {rating}</source>
        <translation>{statement}: {rating}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="82"/>
        <source>• {statement} ({rating})</source>
        <translation>• {statement} ({rating})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="90"/>
        <source>What matters most to you: {text}</source>
        <translation>Lo que es más importante para usted: {text}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="34"/>
        <source>Reviewed by {reviewer} ({role}) on {date}.</source>
        <translation>Revisado por {reviewer} ({role}) el {date}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="54"/>
        <source>If nobody touches the screen for {seconds} seconds, the aid asks if you are still there. If there is no answer, all your answers are erased. Nothing you enter is stored.</source>
        <translation>Si nadie toca la pantalla durante {seconds} segundos, la ayuda le pregunta si sigue ahí. Si no hay respuesta, se borran todas sus respuestas. No se guarda nada de lo que usted escribe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="91"/>
        <source>Published {published}. Next review due {next_review}.</source>
        <translation>Publicado el {published}. Próxima revisión el {next_review}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="92"/>
        <source>Content version {version}.</source>
        <translation>Versión del contenido {version}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="44"/>
        <source>Funded by: {funding}</source>
        <translation>Financiado por: {funding}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/sources.py" line="84"/>
        <source>Source {number}: show the reference</source>
        <translation>Fuente {number}: mostrar la referencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="28"/>
        <source>Look again at the steps “{step1}” and “{step2}”, or ask your care team to go through them with you.</source>
        <translation>Vuelva a mirar los pasos “{step1}” y “{step2}”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/wording.py" line="31"/>
        <source>Go back to the step “{step}” and think about what matters most to you.</source>
        <translation>Vuelva al paso “{step}” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="447"/>
        <source>Open the issue card: {topic}</source>
        <translation>Abrir la tarjeta del tema: {topic}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="39"/>
        <source>Each question can be up to {chars} characters long. You can add up to {most} questions.</source>
        <translation>Cada pregunta puede tener hasta {chars} caracteres. Puede agregar hasta {most} preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="75"/>
        <source>Notes for the person and their care team. They go on the summary. Up to {chars} characters.</source>
        <translation>Notas para la persona y su equipo médico. Se agregan al resumen. Hasta {chars} caracteres.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="149"/>
        <source>You have added {most} questions, the most the summary can hold. Remove one to add another.</source>
        <translation>Ya agregó {most} preguntas, lo más que cabe en el resumen. Quite una para agregar otra.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="186"/>
        <source>The notes can hold up to {chars} characters. The rest was not added.</source>
        <translation>Las notas pueden tener hasta {chars} caracteres. El resto no se agregó.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="206"/>
        <source>That is the most this box can hold.</source>
        <translation>Es lo más que cabe en este espacio.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="208"/>
        <source>{chars} characters left.</source>
        <translation>Quedan {chars} caracteres.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="61"/>
        <source>Include the full evidence</source>
        <translation>Incluir toda la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="62"/>
        <source>Include the full evidence: every result, recovery and all references, after the summary</source>
        <translation>Incluir toda la evidencia: cada resultado, la recuperación y todas las referencias, después del resumen</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>No figure available.</source>
        <translation type="vanished">No hay una cifra disponible.</translation>
    </message>
    <message>
        <source>fewer than {n} out of {d}</source>
        <translation type="vanished">menos de {n} de cada {d}</translation>
    </message>
    <message>
        <source>about {n} out of {d}</source>
        <translation type="vanished">alrededor de {n} de cada {d}</translation>
    </message>
    <message>
        <source>{n} out of {d}</source>
        <translation type="vanished">{n} de cada {d}</translation>
    </message>
    <message>
        <source>(range {lo} to {hi})</source>
        <translation type="vanished">(rango de {lo} a {hi})</translation>
    </message>
    <message>
        <source>a difference of {md} points on the {scale}</source>
        <translation type="vanished">una diferencia de {md} puntos en la {scale}</translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="vanished">escala</translation>
    </message>
    <message>
        <source>{label} certainty</source>
        <translation type="vanished">Certeza: {label}</translation>
    </message>
    <message>
        <source>figure not yet verified</source>
        <translation type="vanished">cifra sin verificar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">No</translation>
    </message>
    <message>
        <source>Your decision summary</source>
        <translation type="vanished">El resumen de su decisión</translation>
    </message>
    <message>
        <source>Date of discussion</source>
        <translation type="vanished">Fecha de la conversación</translation>
    </message>
    <message>
        <source>Summary printed</source>
        <translation type="vanished">Fecha de impresión del resumen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="vanished">Profesional de salud</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="vanished">Clínica</translation>
    </message>
    <message>
        <source>Record copy (includes the clinician&apos;s notes)</source>
        <translation type="vanished">Copia para el expediente (incluye las notas del profesional de salud)</translation>
    </message>
    <message>
        <source>Patient copy, for you to keep</source>
        <translation type="vanished">Copia del paciente, para que usted la guarde</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation type="vanished">Esta copia</translation>
    </message>
    <message>
        <source>DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.</source>
        <translation type="vanished">BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.</translation>
    </message>
    <message>
        <source>From your answers about your situation, these are points to talk about with your care team.</source>
        <translation type="vanished">Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Points to discuss</source>
        <translation type="vanished">Puntos para hablar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="vanished">Pregunta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="vanished">Su respuesta</translation>
    </message>
    <message>
        <source>About your situation</source>
        <translation type="vanished">Sobre su situación</translation>
    </message>
    <message>
        <source>These are the choices. Each one is a reasonable choice for some people.</source>
        <translation type="vanished">Estas son las opciones. Cada una es una opción razonable para algunas personas.</translation>
    </message>
    <message>
        <source>Your options</source>
        <translation type="vanished">Sus opciones</translation>
    </message>
    <message>
        <source>Your options side by side</source>
        <translation type="vanished">Sus opciones, una al lado de la otra</translation>
    </message>
    <message>
        <source>The chart could not be drawn. The same numbers are in the table below.</source>
        <translation type="vanished">No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Beneficio</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="vanished">Daño</translation>
    </message>
    <message>
        <source>People: {g}.</source>
        <translation type="vanished">Personas: {g}.</translation>
    </message>
    <message>
        <source>Compared with: {c}.</source>
        <translation type="vanished">Comparado con: {c}.</translation>
    </message>
    <message>
        <source>No comparable figure (the chart says why).</source>
        <translation type="vanished">No hay una cifra comparable (la gráfica dice por qué).</translation>
    </message>
    <message>
        <source>Numbers are out of 100 people like you (or out of 1,000 for rare events), with the range the studies allow and how certain the evidence is. Compare options only within a row: each row is one kind of study. Numbers in square brackets point to the references.</source>
        <translation type="vanished">Las cifras dicen cuántas de cada 100 personas como usted (o de cada 1,000 para cosas raras), con el rango que permiten los estudios y qué tan segura es la evidencia. Compare las opciones solo dentro de una misma fila: cada fila es un tipo de estudio. Los números entre corchetes indican las referencias.</translation>
    </message>
    <message>
        <source>The same numbers in words</source>
        <translation type="vanished">Las mismas cifras en palabras</translation>
    </message>
    <message>
        <source>Benefits and harms in numbers</source>
        <translation type="vanished">Beneficios y daños en cifras</translation>
    </message>
    <message>
        <source>Warning signs after a procedure</source>
        <translation type="vanished">Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="vanished">Recuperación</translation>
    </message>
    <message>
        <source>You said these matter most to you:</source>
        <translation type="vanished">Usted dijo que esto es lo más importante para usted:</translation>
    </message>
    <message>
        <source>{r} on a scale of 0 to 4</source>
        <translation type="vanished">{r} en una escala de 0 a 4</translation>
    </message>
    <message>
        <source>You did not mark anything as very important.</source>
        <translation type="vanished">Usted no marcó nada como muy importante.</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation type="vanished">Todas las calificaciones</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Frase</translation>
    </message>
    <message>
        <source>Rating (0 to 4)</source>
        <translation type="vanished">Calificación (0 a 4)</translation>
    </message>
    <message>
        <source>What matters most to you</source>
        <translation type="vanished">Lo que es más importante para usted</translation>
    </message>
    <message>
        <source>You did not answer the knowledge questions.</source>
        <translation type="vanished">Usted no contestó las preguntas sobre lo que sabe.</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation type="vanished">Lo que usted sabe</translation>
    </message>
    <message>
        <source>You answered {right} of {answered} questions correctly ({total} questions in all).</source>
        <translation type="vanished">Contestó bien {right} de {answered} preguntas ({total} preguntas en total).</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="vanished">Sin respuesta.</translation>
    </message>
    <message>
        <source>Your answer: {a}. Correct.</source>
        <translation type="vanished">Su respuesta: {a}. Correcta.</translation>
    </message>
    <message>
        <source>Your answer: {a}. The answer is: {c}.</source>
        <translation type="vanished">Su respuesta: {a}. La respuesta es: {c}.</translation>
    </message>
    <message>
        <source>You are not sure yet. That is fine.</source>
        <translation type="vanished">Todavía no lo ha decidido. Está bien.</translation>
    </message>
    <message>
        <source>You are leaning towards: {name}.</source>
        <translation type="vanished">Usted se inclina por: {name}.</translation>
    </message>
    <message>
        <source>You did not say which option you are leaning towards.</source>
        <translation type="vanished">Usted no dijo por cuál opción se inclina.</translation>
    </message>
    <message>
        <source>How sure you feel (the SURE test)</source>
        <translation type="vanished">Qué tan seguro/a se siente (la prueba SURE)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="vanished">Sin respuesta</translation>
    </message>
    <message>
        <source>Not all four questions were answered, so there is no score.</source>
        <translation type="vanished">No se contestaron las cuatro preguntas, así que no hay puntuación.</translation>
    </message>
    <message>
        <source>Your score: {n} of 4 answered “yes”.</source>
        <translation type="vanished">Su puntuación: {n} de 4 respuestas fueron “sí”.</translation>
    </message>
    <message>
        <source>Where you are leaning</source>
        <translation type="vanished">Hacia dónde se inclina</translation>
    </message>
    <message>
        <source>You did not choose any questions. You can write some here:</source>
        <translation type="vanished">Usted no eligió ninguna pregunta. Puede escribir algunas aquí:</translation>
    </message>
    <message>
        <source>Your own questions</source>
        <translation type="vanished">Sus propias preguntas</translation>
    </message>
    <message>
        <source>Questions to ask your care team</source>
        <translation type="vanished">Preguntas para hacerle a su equipo médico</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="vanished">Próximos pasos</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation type="vanished">No se escribieron notas.</translation>
    </message>
    <message>
        <source>Clinician notes</source>
        <translation type="vanished">Notas del profesional de salud</translation>
    </message>
    <message>
        <source>The numbers in square brackets in this summary point to these sources.</source>
        <translation type="vanished">Los números entre corchetes en este resumen indican estas fuentes.</translation>
    </message>
    <message>
        <source>Funding: {f}</source>
        <translation type="vanished">Financiamiento: {f}</translation>
    </message>
    <message>
        <source>Industry-funded (funded or written by a device maker)</source>
        <translation type="vanished">Financiado por la industria (pagado o escrito por un fabricante de dispositivos)</translation>
    </message>
    <message>
        <source>References</source>
        <translation type="vanished">Referencias</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation type="vanished">Versión del contenido</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="vanished">Publicado</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="vanished">Última revisión</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="vanished">Próxima revisión</translation>
    </message>
    <message>
        <source>Evidence searched up to</source>
        <translation type="vanished">Búsqueda de evidencia hasta</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="vanished">Estado de la revisión</translation>
    </message>
    <message>
        <source>DRAFT, not yet clinically reviewed</source>
        <translation type="vanished">BORRADOR, todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>Clinically reviewed</source>
        <translation type="vanished">Con revisión clínica</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="vanished">Escrito por</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="vanished">Financiamiento</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="vanished">Conflictos de interés</translation>
    </message>
    <message>
        <source>How the evidence was chosen</source>
        <translation type="vanished">Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="vanished">Actualizaciones</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="vanished">Hecho con</translation>
    </message>
    <message>
        <source>About this information</source>
        <translation type="vanished">Sobre esta información</translation>
    </message>
    <message>
        <source>Decision summary: {t}</source>
        <translation type="vanished">Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <source>{app} {ver}. Content version {v}, published {p}, next review {n}.</source>
        <translation type="vanished">{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.</translation>
    </message>
    <message>
        <source>Record copy</source>
        <translation type="vanished">Copia para el expediente</translation>
    </message>
    <message>
        <source>Patient copy</source>
        <translation type="vanished">Copia del paciente</translation>
    </message>
    <message>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation type="vanished">BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <source>{copy}. Made {date}. Content version {v}.</source>
        <translation type="vanished">{copy}. Hecho el {date}. Versión del contenido {v}.</translation>
    </message>
    <message>
        <source>Page {x} of {y}</source>
        <translation type="vanished">Página {x} de {y}</translation>
    </message>
    <message>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <source>Before/after report, no comparison group</source>
        <translation>Informe de antes y después, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Call your care team</source>
        <translation>Llame a su equipo médico</translation>
    </message>
    <message>
        <source>Case series: treated people only, no comparison group</source>
        <translation>Serie de casos: solo personas tratadas, sin grupo de comparación</translation>
    </message>
    <message>
        <source>Extremely important</source>
        <translation type="vanished">Sumamente importante</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pida ayuda ahora</translation>
    </message>
    <message>
        <source>Harms</source>
        <translation>Daños</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <source>Observational study, not randomised</source>
        <translation>Estudio observacional, no aleatorizado</translation>
    </message>
    <message>
        <source>Open trial against usual care</source>
        <translation>Ensayo abierto contra la atención habitual</translation>
    </message>
    <message>
        <source>People who had no procedure</source>
        <translation>Personas que no tuvieron un procedimiento</translation>
    </message>
    <message>
        <source>Pooled results of several studies</source>
        <translation>Resultados combinados de varios estudios</translation>
    </message>
    <message>
        <source>Somewhat important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <source>Talk about this</source>
        <translation>Hable de esto</translation>
    </message>
    <message>
        <source>Trial against a fake (sham) procedure</source>
        <translation>Ensayo contra un procedimiento simulado (falso)</translation>
    </message>
    <message>
        <source>Trial of one procedure against the other</source>
        <translation>Ensayo de un procedimiento contra el otro</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <source>High certainty</source>
        <translation>Certeza alta</translation>
    </message>
    <message>
        <source>Moderate certainty</source>
        <translation>Certeza moderada</translation>
    </message>
    <message>
        <source>Low certainty</source>
        <translation>Certeza baja</translation>
    </message>
    <message>
        <source>Very low certainty</source>
        <translation>Certeza muy baja</translation>
    </message>
</context>
</TS>
