<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../decisionaid/report/content.py" line="261"/>
        <location filename="../../decisionaid/report/content.py" line="527"/>
        <source>report</source>
        <comment>No figure available.</comment>
        <translation>No hay una cifra disponible.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="265"/>
        <source>report</source>
        <comment>fewer than {n} out of {d}</comment>
        <translation>menos de {n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="267"/>
        <source>report</source>
        <comment>about {n} out of {d}</comment>
        <translation>alrededor de {n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="269"/>
        <source>report</source>
        <comment>{n} out of {d}</comment>
        <translation>{n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="271"/>
        <location filename="../../decisionaid/report/content.py" line="276"/>
        <source>report</source>
        <comment>(range {lo} to {hi})</comment>
        <translation>(rango de {lo} a {hi})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="273"/>
        <source>report</source>
        <comment>a difference of {md} points on the {scale}</comment>
        <translation>una diferencia de {md} puntos en la {scale}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="274"/>
        <source>report</source>
        <comment>scale</comment>
        <translation>escala</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="298"/>
        <source>report</source>
        <comment>{label} certainty</comment>
        <translation>Certeza: {label}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="281"/>
        <source>report</source>
        <comment>figure not yet verified</comment>
        <translation>cifra sin verificar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="291"/>
        <source>report</source>
        <comment>High certainty</comment>
        <translation>Certeza alta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="292"/>
        <source>report</source>
        <comment>Moderate certainty</comment>
        <translation>Certeza moderada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="293"/>
        <source>report</source>
        <comment>Low certainty</comment>
        <translation>Certeza baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="294"/>
        <source>report</source>
        <comment>Very low certainty</comment>
        <translation>Certeza muy baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="302"/>
        <location filename="../../decisionaid/report/content.py" line="656"/>
        <source>report</source>
        <comment>Yes</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="302"/>
        <location filename="../../decisionaid/report/content.py" line="656"/>
        <source>report</source>
        <comment>No</comment>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="551"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="369"/>
        <source>report</source>
        <comment>Date of discussion</comment>
        <translation>Fecha de la conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="371"/>
        <source>report</source>
        <comment>Summary printed</comment>
        <translation>Fecha de impresión del resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="373"/>
        <source>report</source>
        <comment>Name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="375"/>
        <source>report</source>
        <comment>Clinician</comment>
        <translation>Profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="377"/>
        <source>report</source>
        <comment>Clinic</comment>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="378"/>
        <source>report</source>
        <comment>Record copy (includes the clinician&apos;s notes)</comment>
        <translation>Copia para el expediente (incluye las notas del profesional de salud)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="379"/>
        <source>report</source>
        <comment>Patient copy, for you to keep</comment>
        <translation>Copia del paciente, para que usted la guarde</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="380"/>
        <source>report</source>
        <comment>This copy</comment>
        <translation>Esta copia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="385"/>
        <source>report</source>
        <comment>DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.</comment>
        <translation>BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="405"/>
        <source>report</source>
        <comment>From your answers about your situation, these are points to talk about with your care team.</comment>
        <translation>Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="415"/>
        <source>report</source>
        <comment>Points to discuss</comment>
        <translation>Puntos para hablar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="426"/>
        <location filename="../../decisionaid/report/content.py" line="442"/>
        <location filename="../../decisionaid/report/content.py" line="660"/>
        <source>report</source>
        <comment>Question</comment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="426"/>
        <location filename="../../decisionaid/report/content.py" line="660"/>
        <source>report</source>
        <comment>Your answer</comment>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="427"/>
        <source>report</source>
        <comment>About your situation</comment>
        <translation>Sobre su situación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="430"/>
        <source>report</source>
        <comment>These are the choices. Each one is a reasonable choice for some people.</comment>
        <translation>Estas son las opciones. Cada una es una opción razonable para algunas personas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="434"/>
        <source>report</source>
        <comment>Your options</comment>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="447"/>
        <source>report</source>
        <comment>Your options side by side</comment>
        <translation>Sus opciones, una al lado de la otra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="466"/>
        <source>report</source>
        <comment>The chart could not be drawn. The same numbers are in the table below.</comment>
        <translation>No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="501"/>
        <source>report</source>
        <comment>Benefit</comment>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="501"/>
        <source>report</source>
        <comment>Harm</comment>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="516"/>
        <source>report</source>
        <comment>People: {g}.</comment>
        <translation>Personas: {g}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="517"/>
        <source>report</source>
        <comment>Compared with: {c}.</comment>
        <translation>Comparado con: {c}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="530"/>
        <source>report</source>
        <comment>No comparable figure (the chart says why).</comment>
        <translation>No hay una cifra comparable (la gráfica dice por qué).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="544"/>
        <source>report</source>
        <comment>Numbers are out of 100 people like you (or out of 1,000 for rare events), with the range the studies allow and how certain the evidence is. Compare options only within a row: each row is one kind of study. Numbers in square brackets point to the references.</comment>
        <translation>Las cifras dicen cuántas de cada 100 personas como usted (o de cada 1,000 para cosas raras), con el rango que permiten los estudios y qué tan segura es la evidencia. Compare las opciones solo dentro de una misma fila: cada fila es un tipo de estudio. Los números entre corchetes indican las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="560"/>
        <source>report</source>
        <comment>Benefits and harms in numbers</comment>
        <translation>Beneficios y daños en cifras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="574"/>
        <source>report</source>
        <comment>Warning signs after a procedure</comment>
        <translation>Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="582"/>
        <source>report</source>
        <comment>Recovery</comment>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="588"/>
        <source>report</source>
        <comment>You said these matter most to you:</comment>
        <translation>Usted dijo que esto es lo más importante para usted:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="597"/>
        <source>report</source>
        <comment>You did not mark anything as very important.</comment>
        <translation>Usted no marcó nada como muy importante.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="607"/>
        <source>report</source>
        <comment>Statement</comment>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="607"/>
        <source>report</source>
        <comment>Rating (0 to 4)</comment>
        <translation>Calificación (0 a 4)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="609"/>
        <source>report</source>
        <comment>What matters most to you</comment>
        <translation>Lo que es más importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="617"/>
        <source>report</source>
        <comment>You did not answer the knowledge questions.</comment>
        <translation>Usted no contestó las preguntas sobre lo que sabe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="618"/>
        <location filename="../../decisionaid/report/content.py" line="635"/>
        <source>report</source>
        <comment>What you know</comment>
        <translation>Lo que usted sabe</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="619"/>
        <source>report</source>
        <comment>You answered {right} of {answered} questions correctly ({total} questions in all).</comment>
        <translation>Contestó bien {right} de {answered} preguntas ({total} preguntas en total).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="627"/>
        <source>report</source>
        <comment>Not answered.</comment>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="629"/>
        <source>report</source>
        <comment>Your answer: {a}. Correct.</comment>
        <translation>Su respuesta: {a}. Correcta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="632"/>
        <source>report</source>
        <comment>Your answer: {a}. The answer is: {c}.</comment>
        <translation>Su respuesta: {a}. La respuesta es: {c}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="641"/>
        <source>report</source>
        <comment>You are not sure yet. That is fine.</comment>
        <translation>Todavía no lo ha decidido. Está bien.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="647"/>
        <source>report</source>
        <comment>You are leaning towards: {name}.</comment>
        <translation>Usted se inclina por: {name}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="649"/>
        <source>report</source>
        <comment>You did not say which option you are leaning towards.</comment>
        <translation>Usted no dijo por cuál opción se inclina.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="652"/>
        <source>report</source>
        <comment>How sure you feel (the SURE test)</comment>
        <translation>Qué tan seguro/a se siente (la prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="658"/>
        <source>report</source>
        <comment>Not answered</comment>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="664"/>
        <source>report</source>
        <comment>Not all four questions were answered, so there is no score.</comment>
        <translation>No se contestaron las cuatro preguntas, así que no hay puntuación.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="667"/>
        <source>report</source>
        <comment>Your score: {n} of 4 answered “yes”.</comment>
        <translation>Su puntuación: {n} de 4 respuestas fueron “sí”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="671"/>
        <source>report</source>
        <comment>Where you are leaning</comment>
        <translation>Hacia dónde se inclina</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="678"/>
        <source>report</source>
        <comment>You did not choose any questions. You can write some here:</comment>
        <translation>Usted no eligió ninguna pregunta. Puede escribir algunas aquí:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="686"/>
        <source>report</source>
        <comment>Questions to ask your care team</comment>
        <translation>Preguntas para hacerle a su equipo médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="691"/>
        <source>report</source>
        <comment>Next steps</comment>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="699"/>
        <source>report</source>
        <comment>No notes were written.</comment>
        <translation>No se escribieron notas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="703"/>
        <source>report</source>
        <comment>Clinician notes</comment>
        <translation>Notas del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="708"/>
        <source>report</source>
        <comment>The numbers in square brackets in this summary point to these sources.</comment>
        <translation>Los números entre corchetes en este resumen indican estas fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="717"/>
        <source>report</source>
        <comment>Funding: {f}</comment>
        <translation>Financiamiento: {f}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="719"/>
        <source>report</source>
        <comment>Industry-funded (funded or written by a device maker)</comment>
        <translation>Financiado por la industria (pagado o escrito por un fabricante de dispositivos)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="726"/>
        <source>report</source>
        <comment>References</comment>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="731"/>
        <source>report</source>
        <comment>Content version</comment>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="732"/>
        <source>report</source>
        <comment>Published</comment>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="733"/>
        <source>report</source>
        <comment>Last reviewed</comment>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="734"/>
        <source>report</source>
        <comment>Next review due</comment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="735"/>
        <source>report</source>
        <comment>Evidence searched up to</comment>
        <translation>Búsqueda de evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="736"/>
        <source>report</source>
        <comment>Review status</comment>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="736"/>
        <source>report</source>
        <comment>DRAFT, not yet clinically reviewed</comment>
        <translation>BORRADOR, todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="737"/>
        <source>report</source>
        <comment>Clinically reviewed</comment>
        <translation>Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="738"/>
        <source>report</source>
        <comment>Written by</comment>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="739"/>
        <source>report</source>
        <comment>Funding</comment>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="740"/>
        <source>report</source>
        <comment>Conflicts of interest</comment>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="741"/>
        <source>report</source>
        <comment>How the evidence was chosen</comment>
        <translation>Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="742"/>
        <source>report</source>
        <comment>Updates</comment>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="743"/>
        <source>report</source>
        <comment>Made with</comment>
        <translation>Hecho con</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="747"/>
        <source>report</source>
        <comment>About this information</comment>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="761"/>
        <source>report</source>
        <comment>Decision summary: {t}</comment>
        <translation>Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="762"/>
        <source>report</source>
        <comment>{app} {ver}. Content version {v}, published {p}, next review {n}.</comment>
        <translation>{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>Intended use</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="21"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="21"/>
        <source>Who it is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Clinically reviewed</source>
        <translation>Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="24"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="26"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="27"/>
        <source>Evidence search ended</source>
        <translation>Fin de la búsqueda de evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="28"/>
        <source>How the evidence was chosen</source>
        <translation>Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="29"/>
        <source>Update policy</source>
        <translation>Cómo se actualiza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="29"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="30"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="33"/>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="35"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="36"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="37"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="45"/>
        <source>Funding: %1</source>
        <translation>Financiamiento: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="47"/>
        <source>Funded or authored by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="57"/>
        <location filename="../../decisionaid/ui/about.py" line="63"/>
        <source>About this decision aid</source>
        <translation>Acerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="51"/>
        <source>Some answers name things this content does not have: %1. They are kept in the file, but not shown or printed.</source>
        <translation>Algunas respuestas nombran cosas que este contenido no tiene: %1. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="72"/>
        <source>Open a saved discussion</source>
        <translation>Abrir una conversación guardada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="73"/>
        <location filename="../../decisionaid/ui/clinician.py" line="237"/>
        <source>Saved discussions (*.json)</source>
        <translation>Conversaciones guardadas (*.json)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="83"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="84"/>
        <source>This discussion has changes that are not saved. Save them before closing?</source>
        <translation>Esta conversación tiene cambios que no se han guardado. ¿Quiere guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="115"/>
        <source>&amp;Open discussion…</source>
        <translation>&amp;Abrir conversación…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="116"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="117"/>
        <source>&amp;Save discussion</source>
        <translation>&amp;Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="118"/>
        <source>Save discussion &amp;as…</source>
        <translation>Guardar conversación c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="121"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="122"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="125"/>
        <source>&amp;Copy visit note</source>
        <translation>&amp;Copiar nota de la consulta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="126"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="131"/>
        <source>&amp;Issue cards…</source>
        <translation>&amp;Tarjetas de temas…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="132"/>
        <source>&amp;Text size</source>
        <translation>Tamaño de la &amp;letra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="141"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="144"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="146"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="147"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="149"/>
        <source>&amp;About this decision aid</source>
        <translation>A&amp;cerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="178"/>
        <source>New discussion</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="194"/>
        <location filename="../../decisionaid/ui/clinician.py" line="197"/>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="198"/>
        <source>This discussion was saved with a different decision aid (%1).</source>
        <translation>Esta conversación se guardó con otra ayuda para decidir (%1).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="212"/>
        <source>This discussion was saved with content version %1; this is version %2.</source>
        <translation>Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="215"/>
        <source>Answers whose content changed: %1.</source>
        <translation>Respuestas cuyo contenido cambió: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="217"/>
        <source>Answers whose content no longer exists: %1.</source>
        <translation>Respuestas cuyo contenido ya no existe: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="220"/>
        <source>Content has changed</source>
        <translation>El contenido cambió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="222"/>
        <source>Answers not shown</source>
        <translation>Respuestas que no se muestran</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="224"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="225"/>
        <source>This discussion was saved with content version %1; this is version %2. None of its answers are affected.</source>
        <translation>Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="237"/>
        <source>Save discussion</source>
        <translation>Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="252"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="252"/>
        <source>The discussion could not be saved: %1. Your answers are kept.</source>
        <translation>No se pudo guardar la conversación: %1. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="304"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="310"/>
        <source>Writing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="322"/>
        <location filename="../../decisionaid/ui/clinician.py" line="342"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="322"/>
        <location filename="../../decisionaid/ui/clinician.py" line="342"/>
        <location filename="../../decisionaid/ui/clinician.py" line="369"/>
        <location filename="../../decisionaid/ui/clinician.py" line="384"/>
        <source>%1 Your answers are kept.</source>
        <translation>%1 Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="328"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="328"/>
        <source>The summary was saved as %1.</source>
        <translation>El resumen se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="333"/>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="334"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="369"/>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="384"/>
        <source>Preview failed</source>
        <translation>No se pudo mostrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="435"/>
        <location filename="../../decisionaid/ui/main_window.py" line="75"/>
        <location filename="../../decisionaid/ui/main_window.py" line="234"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="435"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="436"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="443"/>
        <location filename="../../decisionaid/ui/clinician.py" line="448"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="447"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="447"/>
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
        <location filename="../../decisionaid/ui/kiosk.py" line="38"/>
        <source>Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin</source>
        <translation>El modo quiosco necesita un PIN del personal. Configure uno con: decisionaid set-kiosk-pin</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="40"/>
        <source>This content pack is a draft (not clinically reviewed). Kiosk mode shows only reviewed content. For a demo, start with --allow-draft-content.</source>
        <translation>Este paquete de contenido es un borrador (sin revisión clínica). El modo quiosco solo muestra contenido revisado. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="43"/>
        <source>This content pack was due for review on %1. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation>Este paquete de contenido debía revisarse el %1. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="91"/>
        <location filename="../../decisionaid/ui/kiosk.py" line="96"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="100"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="102"/>
        <source>Continue: keep my answers</source>
        <translation>Continuar: conservar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="115"/>
        <source>To protect your privacy, your answers will be erased in %1 seconds. Touch Continue to keep going.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en %1 segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="163"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="164"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="177"/>
        <source>Tell the front desk now. This may be an emergency.</source>
        <translation>Avise en la recepción ahora mismo. Puede ser una emergencia.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="179"/>
        <source>Please tell the front desk now.</source>
        <translation>Por favor, avise en la recepción ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="198"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="204"/>
        <source>PIN entered</source>
        <translation>PIN ingresado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="205"/>
        <source>Staff only: enter the PIN to leave kiosk mode.</source>
        <translation>Solo para el personal: ingrese el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="214"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="218"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="235"/>
        <source>Digit %1</source>
        <translation>Dígito %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="260"/>
        <source>Too many wrong tries. Wait %1 seconds.</source>
        <translation>Demasiados intentos incorrectos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="263"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="275"/>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="506"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="507"/>
        <source>Printing the summary</source>
        <translation>Imprimiendo el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="510"/>
        <source>Printing… Please wait a moment.</source>
        <translation>Imprimiendo… Espere un momento, por favor.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Impresión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="512"/>
        <source>The summary could not be printed. Please ask at the front desk.</source>
        <translation>No se pudo imprimir el resumen. Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="514"/>
        <source>Your summary was sent to the printer. Please collect it at the front desk.</source>
        <translation>Su resumen se envió a la impresora. Recójalo en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="574"/>
        <source>Kiosk mode cannot start</source>
        <translation>No se puede iniciar el modo quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="27"/>
        <location filename="../../decisionaid/ui/main_window.py" line="230"/>
        <source>Decision aid: %1</source>
        <translation>Ayuda para decidir: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="48"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="52"/>
        <location filename="../../decisionaid/ui/main_window.py" line="237"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="53"/>
        <location filename="../../decisionaid/ui/main_window.py" line="238"/>
        <source>The steps of the decision aid. A check mark shows steps with answers.</source>
        <translation>Los pasos de la ayuda para decidir. Una marca ✓ muestra los pasos que tienen respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="69"/>
        <location filename="../../decisionaid/ui/main_window.py" line="231"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="71"/>
        <location filename="../../decisionaid/ui/main_window.py" line="232"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="73"/>
        <location filename="../../decisionaid/ui/main_window.py" line="233"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="77"/>
        <location filename="../../decisionaid/ui/main_window.py" line="235"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="78"/>
        <location filename="../../decisionaid/ui/main_window.py" line="236"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="222"/>
        <source>has answers</source>
        <translation>tiene respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="222"/>
        <source>no answers yet</source>
        <translation>todavía sin respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <source>Draft content: not yet clinically reviewed.</source>
        <translation>Contenido en borrador: todavía sin revisión clínica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="254"/>
        <source>This content was due for review on %1. Check for an updated content pack.</source>
        <translation>Este contenido debía revisarse el %1. Busque un paquete de contenido actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="255"/>
        <source>Review overdue:</source>
        <translation>Revisión atrasada:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="257"/>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="22"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="22"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="164"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="193"/>
        <source>Nothing was rated “Important” or “Very important”.</source>
        <translation>No se calificó nada como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="195"/>
        <source>No ratings yet.</source>
        <translation>Todavía no hay calificaciones.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="201"/>
        <source>%1 of %2 right (%3 of %4 questions answered).</source>
        <translation>%1 de %2 correctas (%3 de %4 preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="204"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="208"/>
        <source>Leaning towards: %1</source>
        <translation>Se inclina por: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="209"/>
        <source>Leaning towards: no answer yet.</source>
        <translation>Se inclina por: todavía sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="212"/>
        <source>How sure you feel (SURE test): no answers yet.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): todavía sin respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="214"/>
        <source>How sure you feel (SURE test): not all four questions answered.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): no se contestaron las cuatro preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="216"/>
        <source>How sure you feel (SURE test): Yes to %1 of 4 questions.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): Sí en %1 de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="225"/>
        <source>None chosen.</source>
        <translation>No eligió ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="227"/>
        <source>None added.</source>
        <translation>No agregó ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="228"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="25"/>
        <source>These settings are kept on this computer. Command-line options override them.</source>
        <translation>Estos ajustes se guardan en esta computadora. Las opciones de la línea de comandos tienen prioridad sobre ellos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="32"/>
        <source>Follow the system (Letter in the US, A4 elsewhere)</source>
        <translation>Igual que el sistema (Carta en EE. UU., A4 en otros países)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="32"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="33"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="37"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="41"/>
        <source>Large print summaries by default</source>
        <translation>Resúmenes con letra grande de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="45"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="49"/>
        <source>None (no print button at the kiosk)</source>
        <translation>Ninguna (sin botón de imprimir en el quiosco)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="61"/>
        <source>Clinician name</source>
        <translation>Nombre del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="61"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="62"/>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="62"/>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="63"/>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="63"/>
        <source>Kiosk printer</source>
        <translation>Impresora del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="29"/>
        <source>Steps</source>
        <comment>Take the time you need. Ask your care team how long you have to decide.</comment>
        <translation>Tómese el tiempo que necesite. Pregunte a su equipo médico cuánto tiempo tiene para decidir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="31"/>
        <source>Steps</source>
        <comment>Look again at the steps “%1” and “%2”, or ask your care team to go through them with you.</comment>
        <translation>Vuelva a mirar los pasos “%1” y “%2”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="34"/>
        <source>Steps</source>
        <comment>Go back to the step “%1” and think about what matters most to you.</comment>
        <translation>Vuelva al paso “%1” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="37"/>
        <source>Steps</source>
        <comment>Talk it over with family, friends or your care team. You can take your summary with you.</comment>
        <translation>Hable de esto con su familia, sus amigos o su equipo médico. Puede llevar su resumen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="44"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="44"/>
        <source>Harm</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="55"/>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="76"/>
        <source>Issue cards</source>
        <translation>Tarjetas por tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="79"/>
        <source>Choose a topic to see every option on it side by side.</source>
        <translation>Elija un tema para ver todas las opciones sobre ese tema, una al lado de la otra.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="88"/>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="96"/>
        <source>Topic details</source>
        <translation>Detalles del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="123"/>
        <source>Question or figure</source>
        <translation>Pregunta o cifra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="137"/>
        <source>Nothing in this content pack is tagged with this topic.</source>
        <translation>Nada en este paquete de contenido tiene este tema.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="20"/>
        <source>Intended use</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="21"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="21"/>
        <source>Who it is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="22"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="23"/>
        <source>Clinically reviewed</source>
        <translation>Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="24"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="25"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="26"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="27"/>
        <source>Evidence search ended</source>
        <translation>Fin de la búsqueda de evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="28"/>
        <source>How the evidence was chosen</source>
        <translation>Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="29"/>
        <source>Update policy</source>
        <translation>Cómo se actualiza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="29"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="30"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="33"/>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="35"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="36"/>
        <source>Disclaimer</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="37"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="41"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="45"/>
        <source>Funding: %1</source>
        <translation>Financiamiento: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="47"/>
        <source>Funded or authored by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/about.py" line="57"/>
        <location filename="../../decisionaid/ui/about.py" line="63"/>
        <source>About this decision aid</source>
        <translation>Acerca de esta ayuda para decidir</translation>
    </message>
</context>
<context>
    <name>C</name>
    <message>
        <location filename="../../decisionaid/report/render.py" line="660"/>
        <source>report</source>
        <comment>Record copy</comment>
        <translation>Copia para el expediente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="660"/>
        <source>report</source>
        <comment>Patient copy</comment>
        <translation>Copia del paciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="662"/>
        <location filename="../../decisionaid/report/render.py" line="797"/>
        <source>report</source>
        <comment>Decision summary: {t}</comment>
        <translation>Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="663"/>
        <source>report</source>
        <comment>DRAFT: not yet clinically reviewed</comment>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="664"/>
        <source>report</source>
        <comment>{copy}. Made {date}. Content version {v}.</comment>
        <translation>{copy}. Hecho el {date}. Versión del contenido {v}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="777"/>
        <source>report</source>
        <comment>Page {x} of {y}</comment>
        <translation>Página {x} de {y}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="41"/>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="172"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="162"/>
        <source>%s (table)</source>
        <translation>%s (tabla)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/chart_view.py" line="172"/>
        <source>Show as chart</source>
        <translation>Mostrar como gráfica</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="42"/>
        <source>How many people had {label}</source>
        <translation>Cuántas personas tuvieron {label}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="43"/>
        <source>How many people had each benefit</source>
        <translation>Cuántas personas tuvieron cada beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="44"/>
        <source>Each bar shows how many people out of {den} had this, for each option. Thin black lines show the range the true number probably lies in. Numbers in [brackets] point to the sources.</source>
        <translation>Cada barra muestra cuántas de cada {den} personas tuvieron esto con cada opción. Las líneas negras delgadas muestran el rango donde probablemente está el número real. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="46"/>
        <source>Possible harms: how many people had each one</source>
        <translation>Posibles daños: cuántas personas tuvieron cada uno</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="47"/>
        <source>Each square is one person. Numbers in [brackets] point to the sources.</source>
        <translation>Cada cuadrito es una persona. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="48"/>
        <source>Recovery: what happens when</source>
        <translation>Recuperación: qué pasa y cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="49"/>
        <source>Time runs from left to right, starting at the treatment. Hours and days are spread out so that they fit on the same line as months. Numbers in [brackets] point to the sources.</source>
        <translation>El tiempo avanza de izquierda a derecha, desde el tratamiento. Las horas y los días se ven más separados para que quepan en la misma línea que los meses. Los números entre [corchetes] indican las fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="51"/>
        <source>This content pack has no figures for this chart.</source>
        <translation>Este paquete de contenido no tiene cifras para esta gráfica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="52"/>
        <source>No comparable figure</source>
        <translation>No hay una cifra comparable</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="53"/>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="54"/>
        <source>UNVERIFIED</source>
        <translation>SIN VERIFICAR</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="55"/>
        <source>This figure is not yet verified.</source>
        <translation>Esta cifra todavía no está verificada.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="56"/>
        <source>People: {group}</source>
        <translation>Personas: {group}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="57"/>
        <source>Compared with: {what}</source>
        <translation>Comparado con: {what}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="58"/>
        <source>Number of people out of {den}</source>
        <translation>Número de personas de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="59"/>
        <source>Had this (best estimate)</source>
        <translation>Lo tuvieron (mejor estimación)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="60"/>
        <source>May also have had this (top of the range)</source>
        <translation>Quizás también lo tuvieron (parte alta del rango)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="61"/>
        <source>Did not have this</source>
        <translation>No lo tuvieron</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="62"/>
        <source>Usual time</source>
        <translation>Tiempo habitual</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="63"/>
        <source>Sources disagree: may take this long</source>
        <translation>Las fuentes no coinciden: puede tardar hasta aquí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="64"/>
        <source>Happens at one moment</source>
        <translation>Pasa en un solo momento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="65"/>
        <source>Time from the start of treatment</source>
        <translation>Tiempo desde el inicio del tratamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="66"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="71"/>
        <source>Before/after report, no comparison group</source>
        <translation>Informe de antes y después, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="72"/>
        <source>Trial against a fake (sham) procedure</source>
        <translation>Ensayo contra un procedimiento simulado (falso)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="73"/>
        <source>Open trial against usual care</source>
        <translation>Ensayo abierto contra la atención habitual</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="74"/>
        <source>People who had no procedure</source>
        <translation>Personas que no tuvieron un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="75"/>
        <source>Case series: treated people only, no comparison group</source>
        <translation>Serie de casos: solo personas tratadas, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="76"/>
        <source>Observational study, not randomised</source>
        <translation>Estudio observacional, no aleatorizado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="77"/>
        <source>Trial of one procedure against the other</source>
        <translation>Ensayo de un procedimiento contra el otro</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="78"/>
        <source>Pooled results of several studies</source>
        <translation>Resultados combinados de varios estudios</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="82"/>
        <source>High certainty</source>
        <translation>Certeza alta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="83"/>
        <source>Moderate certainty</source>
        <translation>Certeza moderada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="84"/>
        <source>Low certainty</source>
        <translation>Certeza baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="85"/>
        <source>Very low certainty</source>
        <translation>Certeza muy baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="92"/>
        <source>fewer than {n} out of {den}</source>
        <translation>menos de {n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="92"/>
        <source>about {n} out of {den}</source>
        <translation>alrededor de {n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="92"/>
        <source>{n} out of {den}</source>
        <translation>{n} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="93"/>
        <source>fewer than {n} out of {den} people</source>
        <translation>menos de {n} de cada {den} personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="93"/>
        <source>about {n} out of {den} people</source>
        <translation>alrededor de {n} de cada {den} personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="93"/>
        <source>{n} out of {den} people</source>
        <translation>{n} de cada {den} personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="94"/>
        <source>Fewer than {n} in {den} had this; more than {rest} did not</source>
        <translation>Menos de {n} de cada {den} lo tuvieron; más de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="95"/>
        <source>About {n} in {den} had this; about {rest} did not</source>
        <translation>Alrededor de {n} de cada {den} lo tuvieron; alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="96"/>
        <source>{n} in {den} had this; {rest} did not</source>
        <translation>{n} de cada {den} lo tuvieron; {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="97"/>
        <source>Fewer than {n} in {den} people had this, and more than {rest} did not</source>
        <translation>Menos de {n} de cada {den} personas lo tuvieron, y más de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="98"/>
        <source>About {n} in {den} people had this, and about {rest} did not</source>
        <translation>Alrededor de {n} de cada {den} personas lo tuvieron, y alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="99"/>
        <source>{n} in {den} people had this, and {rest} did not</source>
        <translation>{n} de cada {den} personas lo tuvieron, y {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="100"/>
        <source>Fewer than 1 in {den} had this; more than {rest} did not</source>
        <translation>Menos de 1 de cada {den} lo tuvo; más de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="101"/>
        <source>About 1 in {den} had this; about {rest} did not</source>
        <translation>Alrededor de 1 de cada {den} lo tuvo; alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="102"/>
        <source>1 in {den} had this; {rest} did not</source>
        <translation>1 de cada {den} lo tuvo; {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="103"/>
        <source>Fewer than 1 in {den} people had this, and more than {rest} did not</source>
        <translation>Menos de 1 de cada {den} personas lo tuvo, y más de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="104"/>
        <source>About 1 in {den} people had this, and about {rest} did not</source>
        <translation>Alrededor de 1 de cada {den} personas lo tuvo, y alrededor de {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="105"/>
        <source>1 in {den} people had this, and {rest} did not</source>
        <translation>1 de cada {den} personas lo tuvo, y {rest} no</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="106"/>
        <source>range {low} to {high}</source>
        <translation>rango de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="106"/>
        <source>range {low} to {high} in {den}</source>
        <translation>rango de {low} a {high} de cada {den}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="107"/>
        <source>{a} or {b}</source>
        <translation>{a} o {b}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="108"/>
        <source>{level} certainty</source>
        <translation>Certeza: {level}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="110"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="111"/>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="112"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="112"/>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="112"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="112"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="113"/>
        <source>at {time}</source>
        <translation>a {time}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="113"/>
        <source>at the start</source>
        <translation>al inicio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="113"/>
        <source>from the start to {time}</source>
        <translation>desde el inicio hasta {time}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="113"/>
        <source>from {start} to {end}</source>
        <translation>desde {start} hasta {end}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="114"/>
        <source>{when} (sources disagree: up to {time})</source>
        <translation>{when} (las fuentes no coinciden: hasta {time})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="116"/>
        <source>{option}: no comparable figure. {reason}</source>
        <translation>{option}: no hay una cifra comparable. {reason}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="117"/>
        <source>sources {markers}</source>
        <translation>fuentes {markers}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="118"/>
        <source>{row}: {evidence}; time frame {time_frame}; {people}</source>
        <translation>{row}: {evidence}; tiempo: {time_frame}; {people}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Outcome</source>
        <translation>Qué se midió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Time frame</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="120"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="121"/>
        <source>Milestone</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="121"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/charts/_text.py" line="121"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="72"/>
        <source>Open a saved discussion</source>
        <translation>Abrir una conversación guardada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="73"/>
        <location filename="../../decisionaid/ui/clinician.py" line="237"/>
        <source>Saved discussions (*.json)</source>
        <translation>Conversaciones guardadas (*.json)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="83"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="84"/>
        <source>This discussion has changes that are not saved. Save them before closing?</source>
        <translation>Esta conversación tiene cambios que no se han guardado. ¿Quiere guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="115"/>
        <source>&amp;Open discussion…</source>
        <translation>&amp;Abrir conversación…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="116"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="117"/>
        <source>&amp;Save discussion</source>
        <translation>&amp;Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="118"/>
        <source>Save discussion &amp;as…</source>
        <translation>Guardar conversación c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="121"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="122"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="125"/>
        <source>&amp;Copy visit note</source>
        <translation>&amp;Copiar nota de la consulta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="126"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="131"/>
        <source>&amp;Issue cards…</source>
        <translation>&amp;Tarjetas de temas…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="132"/>
        <source>&amp;Text size</source>
        <translation>Tamaño de la &amp;letra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="141"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="144"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="146"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="147"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="149"/>
        <source>&amp;About this decision aid</source>
        <translation>A&amp;cerca de esta ayuda para decidir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="178"/>
        <source>New discussion</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="194"/>
        <location filename="../../decisionaid/ui/clinician.py" line="197"/>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="198"/>
        <source>This discussion was saved with a different decision aid (%1).</source>
        <translation>Esta conversación se guardó con otra ayuda para decidir (%1).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="212"/>
        <source>This discussion was saved with content version %1; this is version %2.</source>
        <translation>Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="215"/>
        <source>Answers whose content changed: %1.</source>
        <translation>Respuestas cuyo contenido cambió: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="217"/>
        <source>Answers whose content no longer exists: %1.</source>
        <translation>Respuestas cuyo contenido ya no existe: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="220"/>
        <source>Content has changed</source>
        <translation>El contenido cambió</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="224"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="225"/>
        <source>This discussion was saved with content version %1; this is version %2. None of its answers are affected.</source>
        <translation>Esta conversación se guardó con la versión %1 del contenido; esta es la versión %2. Ninguna de sus respuestas cambia por esto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="237"/>
        <source>Save discussion</source>
        <translation>Guardar conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="252"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="252"/>
        <source>The discussion could not be saved: %1. Your answers are kept.</source>
        <translation>No se pudo guardar la conversación: %1. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="304"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="310"/>
        <source>Writing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="322"/>
        <location filename="../../decisionaid/ui/clinician.py" line="342"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="322"/>
        <location filename="../../decisionaid/ui/clinician.py" line="342"/>
        <location filename="../../decisionaid/ui/clinician.py" line="369"/>
        <location filename="../../decisionaid/ui/clinician.py" line="384"/>
        <source>%1 Your answers are kept.</source>
        <translation>%1 Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="328"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="328"/>
        <source>The summary was saved as %1.</source>
        <translation>El resumen se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="333"/>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="334"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="369"/>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="384"/>
        <source>Preview failed</source>
        <translation>No se pudo mostrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="435"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="435"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="436"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="443"/>
        <location filename="../../decisionaid/ui/clinician.py" line="448"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="447"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="447"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="51"/>
        <source>Some answers name things this content does not have: %1. They are kept in the file, but not shown or printed.</source>
        <translation>Algunas respuestas nombran cosas que este contenido no tiene: %1. Se guardan en el archivo, pero no se muestran ni se imprimen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinician.py" line="222"/>
        <source>Answers not shown</source>
        <translation>Respuestas que no se muestran</translation>
    </message>
</context>
<context>
    <name>DefinitionDialog</name>
    <message>
        <location filename="../../decisionaid/ui/widgets/definition.py" line="25"/>
        <source>Definition of %1</source>
        <translation>Definición de %1</translation>
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
    <name>IssueCards</name>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="44"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="44"/>
        <source>Harm</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="47"/>
        <source>compared with</source>
        <translation>comparado con</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="55"/>
        <source>(unverified)</source>
        <translation>(sin verificar)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="76"/>
        <source>Issue cards</source>
        <translation>Tarjetas por tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="79"/>
        <source>Choose a topic to see every option on it side by side.</source>
        <translation>Elija un tema para ver todas las opciones sobre ese tema, una al lado de la otra.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="88"/>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="96"/>
        <source>Topic details</source>
        <translation>Detalles del tema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="123"/>
        <source>Question or figure</source>
        <translation>Pregunta o cifra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/issue_cards.py" line="137"/>
        <source>Nothing in this content pack is tagged with this topic.</source>
        <translation>Nada en este paquete de contenido tiene este tema.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="38"/>
        <source>Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin</source>
        <translation>El modo quiosco necesita un PIN del personal. Configure uno con: decisionaid set-kiosk-pin</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="40"/>
        <source>This content pack is a draft (not clinically reviewed). Kiosk mode shows only reviewed content. For a demo, start with --allow-draft-content.</source>
        <translation>Este paquete de contenido es un borrador (sin revisión clínica). El modo quiosco solo muestra contenido revisado. Para una demostración, inicie con --allow-draft-content.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="43"/>
        <source>This content pack was due for review on %1. Kiosk mode will not show it until an updated pack is installed.</source>
        <translation>Este paquete de contenido debía revisarse el %1. El modo quiosco no lo mostrará hasta que se instale un paquete actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="91"/>
        <location filename="../../decisionaid/ui/kiosk.py" line="96"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="100"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="102"/>
        <source>Continue: keep my answers</source>
        <translation>Continuar: conservar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="115"/>
        <source>To protect your privacy, your answers will be erased in %1 seconds. Touch Continue to keep going.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en %1 segundos. Toque Continuar para seguir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="163"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="164"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="177"/>
        <source>Tell the front desk now. This may be an emergency.</source>
        <translation>Avise en la recepción ahora mismo. Puede ser una emergencia.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="179"/>
        <source>Please tell the front desk now.</source>
        <translation>Por favor, avise en la recepción ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="198"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="204"/>
        <source>PIN entered</source>
        <translation>PIN ingresado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="205"/>
        <source>Staff only: enter the PIN to leave kiosk mode.</source>
        <translation>Solo para el personal: ingrese el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="214"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="218"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="235"/>
        <source>Digit %1</source>
        <translation>Dígito %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="260"/>
        <source>Too many wrong tries. Wait %1 seconds.</source>
        <translation>Demasiados intentos incorrectos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="263"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="275"/>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Impresión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="512"/>
        <source>The summary could not be printed. Please ask at the front desk.</source>
        <translation>No se pudo imprimir el resumen. Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="574"/>
        <source>Kiosk mode cannot start</source>
        <translation>No se puede iniciar el modo quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="506"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="507"/>
        <source>Printing the summary</source>
        <translation>Imprimiendo el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="510"/>
        <source>Printing… Please wait a moment.</source>
        <translation>Imprimiendo… Espere un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="514"/>
        <source>Your summary was sent to the printer. Please collect it at the front desk.</source>
        <translation>Su resumen se envió a la impresora. Recójalo en la recepción, por favor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="27"/>
        <location filename="../../decisionaid/ui/main_window.py" line="230"/>
        <source>Decision aid: %1</source>
        <translation>Ayuda para decidir: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="48"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="52"/>
        <location filename="../../decisionaid/ui/main_window.py" line="237"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="53"/>
        <location filename="../../decisionaid/ui/main_window.py" line="238"/>
        <source>The steps of the decision aid. A check mark shows steps with answers.</source>
        <translation>Los pasos de la ayuda para decidir. Una marca ✓ muestra los pasos que tienen respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="69"/>
        <location filename="../../decisionaid/ui/main_window.py" line="231"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="71"/>
        <location filename="../../decisionaid/ui/main_window.py" line="232"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="73"/>
        <location filename="../../decisionaid/ui/main_window.py" line="233"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="75"/>
        <location filename="../../decisionaid/ui/main_window.py" line="234"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="77"/>
        <location filename="../../decisionaid/ui/main_window.py" line="235"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="78"/>
        <location filename="../../decisionaid/ui/main_window.py" line="236"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="222"/>
        <source>has answers</source>
        <translation>tiene respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="222"/>
        <source>no answers yet</source>
        <translation>todavía sin respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="223"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="224"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <source>Draft content: not yet clinically reviewed.</source>
        <translation>Contenido en borrador: todavía sin revisión clínica.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="251"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="254"/>
        <source>This content was due for review on %1. Check for an updated content pack.</source>
        <translation>Este contenido debía revisarse el %1. Busque un paquete de contenido actualizado.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="255"/>
        <source>Review overdue:</source>
        <translation>Revisión atrasada:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="257"/>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
</context>
<context>
    <name>Paragraph</name>
    <message>
        <location filename="../../decisionaid/ui/widgets/text.py" line="114"/>
        <source>What is “%1”?</source>
        <translation>¿Qué es “%1”?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/widgets/text.py" line="116"/>
        <source>Explain %1</source>
        <translation>Explicar %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="25"/>
        <source>These settings are kept on this computer. Command-line options override them.</source>
        <translation>Estos ajustes se guardan en esta computadora. Las opciones de la línea de comandos tienen prioridad sobre ellos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="32"/>
        <source>Follow the system (Letter in the US, A4 elsewhere)</source>
        <translation>Igual que el sistema (Carta en EE. UU., A4 en otros países)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="32"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="33"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="37"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="41"/>
        <source>Large print summaries by default</source>
        <translation>Resúmenes con letra grande de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="45"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="49"/>
        <source>None (no print button at the kiosk)</source>
        <translation>Ninguna (sin botón de imprimir en el quiosco)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="61"/>
        <source>Clinician name</source>
        <translation>Nombre del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="61"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="62"/>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="62"/>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="63"/>
        <source>Kiosk idle time</source>
        <translation>Tiempo de inactividad del quiosco</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/preferences.py" line="63"/>
        <source>Kiosk printer</source>
        <translation>Impresora del quiosco</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="30"/>
        <source>People measured before and after treatment, with no comparison group</source>
        <translation>Personas medidas antes y después del tratamiento, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="31"/>
        <source>Trials that compared the procedure with a fake (sham) procedure</source>
        <translation>Ensayos que compararon el procedimiento con un procedimiento simulado (falso)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="32"/>
        <source>Trials that compared the procedure with usual care (people knew which treatment they had)</source>
        <translation>Ensayos que compararon el procedimiento con la atención habitual (las personas sabían qué tratamiento recibieron)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="34"/>
        <source>People who did not have a procedure</source>
        <translation>Personas que no tuvieron un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="35"/>
        <source>Reports on people who had the procedure, with no comparison group</source>
        <translation>Informes sobre personas que tuvieron el procedimiento, sin grupo de comparación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="36"/>
        <source>Studies that followed people in everyday care (not a trial)</source>
        <translation>Estudios que siguieron a personas en su atención de todos los días (no son ensayos)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="37"/>
        <source>Trials that compared one procedure with the other</source>
        <translation>Ensayos que compararon un procedimiento con el otro</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="38"/>
        <source>Results of several studies pooled together</source>
        <translation>Resultados de varios estudios combinados</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="41"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="42"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="43"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="44"/>
        <source>very low</source>
        <translation>muy baja</translation>
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
        <location filename="../../decisionaid/ui/pages/recovery.py" line="22"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="22"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="23"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="24"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="24"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="25"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="26"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="26"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="27"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="28"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="28"/>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="29"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="30"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="30"/>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="31"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="32"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="32"/>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="33"/>
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
        <location filename="../../decisionaid/ui/pages/situation.py" line="183"/>
        <source>Urgent — get help now:</source>
        <translation>Urgente — pida ayuda ahora:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="184"/>
        <source>Warning — call your care team:</source>
        <translation>Alarma — llame a su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="185"/>
        <source>Warning:</source>
        <translation>Alarma:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="188"/>
        <source>Urgent:</source>
        <translation>Urgente:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="189"/>
        <source>Call your care team:</source>
        <translation>Llame a su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="190"/>
        <source>To discuss:</source>
        <translation>Para hablar:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/__init__.py" line="81"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="24"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="25"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="26"/>
        <source>Somewhat important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="27"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="28"/>
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
        <location filename="../../decisionaid/ui/pages/benefits.py" line="80"/>
        <source>No comparable figure: %1</source>
        <translation>No hay una cifra comparable: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="80"/>
        <source>not reported</source>
        <translation>no se informó</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="82"/>
        <source>difference of %1</source>
        <translation>diferencia de %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="84"/>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="98"/>
        <source>(range %1 to %2)</source>
        <translation>(rango de %1 a %2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="87"/>
        <source>on this measure: %1</source>
        <translation>en esta medida: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="91"/>
        <source>fewer than %1 out of %2</source>
        <translation>menos de %1 de cada %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="93"/>
        <source>about %1 out of %2</source>
        <translation>alrededor de %1 de cada %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="95"/>
        <source>%1 out of %2</source>
        <translation>%1 de cada %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="109"/>
        <source>Certainty: %1</source>
        <translation>Certeza: %1</translation>
    </message>
    <message>
        <source>Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.</source>
        <translation type="vanished">Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="349"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="349"/>
        <source>Harm</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="374"/>
        <source>Type of evidence:</source>
        <translation>Tipo de evidencia:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="375"/>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="376"/>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="377"/>
        <source>Compared with:</source>
        <translation>Comparado con:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="379"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="417"/>
        <source>Unverified: this figure has not yet been checked against its source.</source>
        <translation>Sin verificar: esta cifra todavía no se ha comprobado con su fuente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="32"/>
        <source>Comparison table of the options</source>
        <translation>Tabla para comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="78"/>
        <source>Questions people ask</source>
        <translation>Preguntas que hacen las personas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="108"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="236"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Each row is a question people often ask. Read across a row to compare the answers for each option. Numbers in brackets are sources: select them to read the references.</source>
        <translation type="vanished">Cada fila es una pregunta que las personas hacen con frecuencia. Lea la fila de lado a lado para comparar las respuestas de cada opción. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="19"/>
        <source>These questions check how clear the information is. It is not a test of you. After you answer, you see the right answer and why. You can change your answer.</source>
        <translation>Estas preguntas revisan qué tan clara es la información. No es un examen para usted. Después de contestar, verá la respuesta correcta y por qué. Puede cambiar su respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="28"/>
        <source>Question %1 of %2:</source>
        <translation>Pregunta %1 de %2:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="36"/>
        <source>%1 Answer: %2</source>
        <translation>%1 Respuesta: %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="82"/>
        <source>That&apos;s right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="84"/>
        <source>Not quite. The answer is: %1</source>
        <translation>No exactamente. La respuesta es: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="93"/>
        <source>You have not answered any of the %1 questions yet.</source>
        <translation>Todavía no ha contestado ninguna de las %1 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="95"/>
        <source>%1 of %2 right.</source>
        <translation>%1 de %2 correctas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/knowledge.py" line="97"/>
        <source>You have answered %1 of %2 questions.</source>
        <translation>Ha contestado %1 de %2 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="29"/>
        <source>Take the time you need. Ask your care team how long you have to decide.</source>
        <translation>Tómese el tiempo que necesite. Pregunte a su equipo médico cuánto tiempo tiene para decidir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="31"/>
        <source>Look again at the steps “%1” and “%2”, or ask your care team to go through them with you.</source>
        <translation>Vuelva a mirar los pasos “%1” y “%2”, o pida a su equipo médico que los revise con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="34"/>
        <source>Go back to the step “%1” and think about what matters most to you.</source>
        <translation>Vuelva al paso “%1” y piense en lo que es más importante para usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="37"/>
        <source>Talk it over with family, friends or your care team. You can take your summary with you.</source>
        <translation>Hable de esto con su familia, sus amigos o su equipo médico. Puede llevar su resumen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="43"/>
        <source>Things that may help:</source>
        <translation>Cosas que pueden ayudar:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="74"/>
        <source>Not sure yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="85"/>
        <source>This is not a final choice. You can change your mind at any time. Your answer helps you and your care team talk about what comes next.</source>
        <translation>Esta no es una decisión final. Puede cambiar de opinión en cualquier momento. Su respuesta les ayuda a usted y a su equipo médico a hablar de lo que sigue.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="88"/>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="89"/>
        <source>Which option are you leaning towards right now?</source>
        <translation>¿Por cuál opción se inclina en este momento?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="98"/>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="102"/>
        <source>How sure do you feel?</source>
        <translation>¿Qué tan seguro/a se siente?</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="99"/>
        <source>Answer Yes or No to each question. These four questions are called the SURE test. They help you see whether you are ready to decide.</source>
        <translation>Conteste Sí o No a cada pregunta. Estas cuatro preguntas se llaman la prueba SURE. Le ayudan a ver si está listo/a para decidir.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="108"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="75"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="75"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="22"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="108"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="76"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="76"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="22"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="110"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="123"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="208"/>
        <source>Leaning towards: %1</source>
        <translation>Se inclina por: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="152"/>
        <source>You have answered %1 of the 4 questions.</source>
        <translation>Ha contestado %1 de las 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/leaning.py" line="154"/>
        <source>You answered Yes to %1 of the 4 questions.</source>
        <translation>Contestó Sí a %1 de las 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="61"/>
        <location filename="../../decisionaid/ui/pages/options.py" line="95"/>
        <location filename="../../decisionaid/ui/pages/options.py" line="146"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="72"/>
        <source>Funded by: %1</source>
        <translation>Financiado por: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="74"/>
        <location filename="../../decisionaid/ui/pages/options.py" line="84"/>
        <source>Funded or written by a device maker.</source>
        <translation>Pagado o escrito por un fabricante de dispositivos.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="93"/>
        <source>Close the sources</source>
        <translation>Cerrar las fuentes</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="112"/>
        <source>Source %1: show the reference</source>
        <translation>Fuente %1: mostrar la referencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="113"/>
        <source>Show the reference</source>
        <translation>Mostrar la referencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="372"/>
        <source>These are the options. They are shown in the same order and the same way on every page. The order does not mean one is better.</source>
        <translation>Estas son las opciones. Se muestran en el mismo orden y de la misma forma en todas las páginas. El orden no quiere decir que una sea mejor.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="381"/>
        <source>Option: %1</source>
        <translation>Opción: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="20"/>
        <source>Tick the questions you want to ask. They go on your summary, so you can take them with you.</source>
        <translation>Marque las preguntas que quiere hacer. Se agregan a su resumen, para que pueda llevarlas con usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="22"/>
        <source>Suggested questions</source>
        <translation>Preguntas sugeridas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="32"/>
        <location filename="../../decisionaid/ui/pages/questions.py" line="51"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="122"/>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="33"/>
        <source>Type a question, then press Add or the Enter key.</source>
        <translation>Escriba una pregunta y luego oprima Agregar o la tecla Enter.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="37"/>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="38"/>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="42"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="43"/>
        <source>Add your question to the list</source>
        <translation>Agregar su pregunta a la lista</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="48"/>
        <source>You have not added any questions of your own.</source>
        <translation>Todavía no ha agregado preguntas propias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="59"/>
        <location filename="../../decisionaid/ui/pages/questions.py" line="63"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="124"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="60"/>
        <source>Notes for the person and their care team. They go on the summary.</source>
        <translation>Notas para la persona y su equipo médico. Se agregan al resumen.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="99"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="100"/>
        <source>Remove your question: %1</source>
        <translation>Quitar su pregunta: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="63"/>
        <source>about %1</source>
        <translation>alrededor de %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="67"/>
        <source>%1 to %2 %3</source>
        <translation>%1 a %2 %3</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="69"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="77"/>
        <source>%1 (up to %2) — sources disagree</source>
        <translation>%1 (hasta %2) — las fuentes no coinciden</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="79"/>
        <source>%1 — sources disagree</source>
        <translation>%1 — las fuentes no coinciden</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="94"/>
        <source>What recovery is usually like with each option. Times are typical; your own recovery may be quicker or slower. Where studies give different times, this is shown as a range and marked “sources disagree”.</source>
        <translation>Cómo suele ser la recuperación con cada opción. Los tiempos son los más comunes; su propia recuperación puede ser más rápida o más lenta. Cuando los estudios dan tiempos diferentes, se muestra un rango marcado con “las fuentes no coinciden”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="105"/>
        <source>Recovery with %1</source>
        <translation>Recuperación con %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="116"/>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="124"/>
        <source>Unverified: this time has not yet been checked against its source.</source>
        <translation>Sin verificar: este tiempo todavía no se ha comprobado con su fuente.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="142"/>
        <source>Warning signs after a procedure</source>
        <translation>Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="143"/>
        <source>After a procedure, watch for these signs. They are rare, but act at once if you notice one.</source>
        <translation>Después de un procedimiento, esté atento/a a estas señales. Son raras, pero actúe de inmediato si nota alguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="148"/>
        <source>Emergency:</source>
        <translation>Emergencia:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="150"/>
        <source>Warning sign:</source>
        <translation>Señal de alarma:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="87"/>
        <source>%1 (scale %2 to %3)</source>
        <translation>%1 (escala de %2 a %3)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="96"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="100"/>
        <source>A number from %1 to %2</source>
        <translation>Un número del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="111"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="113"/>
        <source>Clear the answer to: %1</source>
        <translation>Borrar la respuesta a: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="203"/>
        <source>Warning signs from your answers</source>
        <translation>Señales de alarma según sus respuestas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="220"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="222"/>
        <source>Back to the question you were answering</source>
        <translation>Volver a la pregunta que estaba contestando</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="234"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="238"/>
        <source>What usually happens without a procedure</source>
        <translation>Lo que suele pasar sin un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="241"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="242"/>
        <source>Answer what you can. Every question is optional, and you can change or clear an answer at any time. Your answers help you and your doctor see what to talk about. They do not decide anything.</source>
        <translation>Conteste lo que pueda. Todas las preguntas son opcionales, y puede cambiar o borrar una respuesta en cualquier momento. Sus respuestas les ayudan a usted y a su médico a ver de qué hablar. No deciden nada.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="252"/>
        <location filename="../../decisionaid/ui/pages/situation.py" line="255"/>
        <source>Points to discuss with your doctor</source>
        <translation>Puntos para hablar con su médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="259"/>
        <source>Nothing yet. Points appear here as you answer the questions.</source>
        <translation>Todavía nada. Los puntos aparecen aquí a medida que contesta las preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="265"/>
        <source>Warning sign (see the top of this page):</source>
        <translation>Señal de alarma (vea la parte de arriba de esta página):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="36"/>
        <source>Everything you entered, on one page. Take it to your appointment to talk it over with your care team. You can go back to any step to change an answer.</source>
        <translation>Todo lo que usted escribió, en una sola página. Llévelo a su cita para hablarlo con su equipo médico. Puede volver a cualquier paso para cambiar una respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="42"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="43"/>
        <source>Export the summary as a PDF file</source>
        <translation>Exportar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="44"/>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="45"/>
        <source>Show a print preview of the summary</source>
        <translation>Mostrar una vista previa de impresión del resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="506"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="46"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/kiosk.py" line="507"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="47"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="48"/>
        <source>Save as HTML…</source>
        <translation>Guardar como HTML…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="49"/>
        <source>Save the summary as a web page (HTML) file</source>
        <translation>Guardar el resumen como archivo de página web (HTML)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="72"/>
        <source>Patient name (optional):</source>
        <translation>Nombre del paciente (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="73"/>
        <source>Clinician (optional):</source>
        <translation>Profesional de salud (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="74"/>
        <source>Clinic (optional):</source>
        <translation>Clínica (opcional):</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="95"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="204"/>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="99"/>
        <source>Points to discuss with your care team</source>
        <translation>Puntos para hablar con su equipo médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="105"/>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="109"/>
        <source>None from your answers so far.</source>
        <translation>Ninguno según sus respuestas hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="112"/>
        <location filename="../../decisionaid/ui/pages/values.py" line="327"/>
        <source>What matters most to you</source>
        <translation>Lo que es más importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="129"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="164"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="193"/>
        <source>Nothing was rated “Important” or “Very important”.</source>
        <translation>No se calificó nada como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="195"/>
        <source>No ratings yet.</source>
        <translation>Todavía no hay calificaciones.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="201"/>
        <source>%1 of %2 right (%3 of %4 questions answered).</source>
        <translation>%1 de %2 correctas (%3 de %4 preguntas contestadas).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="209"/>
        <source>Leaning towards: no answer yet.</source>
        <translation>Se inclina por: todavía sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="214"/>
        <source>How sure you feel (SURE test): not all four questions answered.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): no se contestaron las cuatro preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="216"/>
        <source>How sure you feel (SURE test): Yes to %1 of 4 questions.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): Sí en %1 de 4 preguntas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="225"/>
        <source>None chosen.</source>
        <translation>No eligió ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="227"/>
        <source>None added.</source>
        <translation>No agregó ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="228"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="296"/>
        <source>How important is each of these to you? There are no right or wrong answers, and you can skip any of them. Your ratings are for you and your care team to talk about. The aid does not use them to pick a treatment for you.</source>
        <translation>¿Qué tan importante es cada una de estas cosas para usted? No hay respuestas correctas ni incorrectas, y puede saltarse cualquiera. Sus calificaciones son para que usted y su equipo médico hablen de ellas. Esta ayuda no las usa para elegir un tratamiento por usted.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="309"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="310"/>
        <source>Clear the rating for: %1</source>
        <translation>Borrar la calificación de: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="311"/>
        <source>Go back to not rated</source>
        <translation>Volver a sin calificar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="318"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="356"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="360"/>
        <source>Nothing is rated “Important” or “Very important” yet.</source>
        <translation>Todavía no hay nada calificado como “Importante” o “Muy importante”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="362"/>
        <source>Nothing yet. When you rate the statements above, the ones that matter most to you show here.</source>
        <translation>Todavía nada. Cuando califique las frases de arriba, las que son más importantes para usted aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="365"/>
        <source>What matters most to you: %1</source>
        <translation>Lo que es más importante para usted: %1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="45"/>
        <source>This content is a draft. It was written from the cited evidence and has not yet been checked by clinicians.</source>
        <translation>Este contenido es un borrador. Se escribió a partir de la evidencia citada y todavía no lo han revisado profesionales de salud.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="46"/>
        <source>DRAFT.</source>
        <translation>BORRADOR.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="50"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="52"/>
        <source>Who this is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="54"/>
        <source>Who this is not for</source>
        <translation>Para quién no es</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="56"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="58"/>
        <source>How long it takes</source>
        <translation>Cuánto tiempo toma</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="39"/>
        <source>If nobody touches the screen for %1 seconds, the aid asks if you are still there. If there is no answer, all your answers are erased. Nothing you enter is stored.</source>
        <translation>Si nadie toca la pantalla durante %1 segundos, la ayuda le pregunta si sigue ahí. Si no hay respuesta, se borran todas sus respuestas. No se guarda nada de lo que usted escribe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="41"/>
        <source>Your privacy:</source>
        <translation>Su privacidad:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="60"/>
        <source>Who wrote it and when</source>
        <translation>Quién lo escribió y cuándo</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="62"/>
        <source>Draft, not yet clinically reviewed</source>
        <translation>Borrador, todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="62"/>
        <source>Clinically reviewed</source>
        <translation>Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="64"/>
        <source>Written by: %1.</source>
        <translation>Escrito por: %1.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="65"/>
        <source>Published %1. Last reviewed %2. Next review due %3.</source>
        <translation>Publicado el %1. Última revisión el %2. Próxima revisión el %3.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="68"/>
        <source>Review status: %1. Content version %2.</source>
        <translation>Estado de la revisión: %1. Versión del contenido %2.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="69"/>
        <source>Please note:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="73"/>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="74"/>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="78"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="85"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="92"/>
        <source>Text size:</source>
        <translation>Tamaño de la letra:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="98"/>
        <source>Text size %1 percent</source>
        <translation>Tamaño de la letra: %1 por ciento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="104"/>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="105"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="332"/>
        <source>Each result below says how many people out of 100 had it with each option. In one row every option is measured in the same group of people over the same time. Some rows give a difference on a scale instead. “Certainty” says how sure researchers are of the figure. Numbers in brackets are sources: select them to read the references.</source>
        <translation>Cada resultado de abajo dice cuántas de cada 100 personas lo tuvieron con cada opción. En una misma fila, todas las opciones se miden en el mismo grupo de personas y durante el mismo tiempo. Algunas filas dan, en cambio, una diferencia en una escala. La “certeza” dice qué tan seguros están los investigadores de la cifra. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/benefits.py" line="337"/>
        <source>Every figure, row by row</source>
        <translation>Todas las cifras, fila por fila</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/compare.py" line="233"/>
        <source>Questions people often ask, with the answer for each option. Compare the answers to one question at a time. Numbers in brackets are sources: select them to read the references.</source>
        <translation>Preguntas que las personas hacen con frecuencia, con la respuesta para cada opción. Compare las respuestas de una pregunta a la vez. Los números entre corchetes son fuentes: selecciónelos para leer las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/recovery.py" line="98"/>
        <source>Step by step, for each option</source>
        <translation>Paso a paso, para cada opción</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="212"/>
        <source>How sure you feel (SURE test): no answers yet.</source>
        <translation>Qué tan seguro/a se siente (prueba SURE): todavía sin respuestas.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../decisionaid/report/content.py" line="261"/>
        <location filename="../../decisionaid/report/content.py" line="527"/>
        <source>No figure available.</source>
        <translation>No hay una cifra disponible.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="265"/>
        <source>fewer than {n} out of {d}</source>
        <translation>menos de {n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="267"/>
        <source>about {n} out of {d}</source>
        <translation>alrededor de {n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="269"/>
        <source>{n} out of {d}</source>
        <translation>{n} de cada {d}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="271"/>
        <location filename="../../decisionaid/report/content.py" line="276"/>
        <source>(range {lo} to {hi})</source>
        <translation>(rango de {lo} a {hi})</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="273"/>
        <source>a difference of {md} points on the {scale}</source>
        <translation>una diferencia de {md} puntos en la {scale}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="274"/>
        <source>scale</source>
        <translation>escala</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="298"/>
        <source>{label} certainty</source>
        <translation>Certeza: {label}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="281"/>
        <source>figure not yet verified</source>
        <translation>cifra sin verificar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="302"/>
        <location filename="../../decisionaid/report/content.py" line="656"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="302"/>
        <location filename="../../decisionaid/report/content.py" line="656"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="366"/>
        <source>Your decision summary</source>
        <translation>El resumen de su decisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="369"/>
        <source>Date of discussion</source>
        <translation>Fecha de la conversación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="371"/>
        <source>Summary printed</source>
        <translation>Fecha de impresión del resumen</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="373"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="375"/>
        <source>Clinician</source>
        <translation>Profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="377"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="378"/>
        <source>Record copy (includes the clinician&apos;s notes)</source>
        <translation>Copia para el expediente (incluye las notas del profesional de salud)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="379"/>
        <source>Patient copy, for you to keep</source>
        <translation>Copia del paciente, para que usted la guarde</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="380"/>
        <source>This copy</source>
        <translation>Esta copia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="385"/>
        <source>DRAFT. The content of this decision aid has not yet been clinically reviewed. Check every figure with your care team.</source>
        <translation>BORRADOR. El contenido de esta ayuda para decidir todavía no tiene revisión clínica. Revise cada cifra con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="405"/>
        <source>From your answers about your situation, these are points to talk about with your care team.</source>
        <translation>Según sus respuestas sobre su situación, estos son puntos para hablar con su equipo médico.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="411"/>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="415"/>
        <source>Points to discuss</source>
        <translation>Puntos para hablar</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="426"/>
        <location filename="../../decisionaid/report/content.py" line="442"/>
        <location filename="../../decisionaid/report/content.py" line="660"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="426"/>
        <location filename="../../decisionaid/report/content.py" line="660"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="427"/>
        <source>About your situation</source>
        <translation>Sobre su situación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="430"/>
        <source>These are the choices. Each one is a reasonable choice for some people.</source>
        <translation>Estas son las opciones. Cada una es una opción razonable para algunas personas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="434"/>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="447"/>
        <source>Your options side by side</source>
        <translation>Sus opciones, una al lado de la otra</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="466"/>
        <source>The chart could not be drawn. The same numbers are in the table below.</source>
        <translation>No se pudo dibujar la gráfica. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="501"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="501"/>
        <source>Harm</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="516"/>
        <source>People: {g}.</source>
        <translation>Personas: {g}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="517"/>
        <source>Compared with: {c}.</source>
        <translation>Comparado con: {c}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="530"/>
        <source>No comparable figure (the chart says why).</source>
        <translation>No hay una cifra comparable (la gráfica dice por qué).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="543"/>
        <source>Numbers are out of 100 people like you (or out of 1,000 for rare events), with the range the studies allow and how certain the evidence is. Compare options only within a row: each row is one kind of study. Numbers in square brackets point to the references.</source>
        <translation>Las cifras dicen cuántas de cada 100 personas como usted (o de cada 1,000 para cosas raras), con el rango que permiten los estudios y qué tan segura es la evidencia. Compare las opciones solo dentro de una misma fila: cada fila es un tipo de estudio. Los números entre corchetes indican las referencias.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="556"/>
        <source>The same numbers in words</source>
        <translation>Las mismas cifras en palabras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="560"/>
        <source>Benefits and harms in numbers</source>
        <translation>Beneficios y daños en cifras</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="574"/>
        <source>Warning signs after a procedure</source>
        <translation>Señales de alarma después de un procedimiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="582"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="588"/>
        <source>You said these matter most to you:</source>
        <translation>Usted dijo que esto es lo más importante para usted:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="594"/>
        <source>{r} on a scale of 0 to 4</source>
        <translation>{r} en una escala de 0 a 4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="597"/>
        <source>You did not mark anything as very important.</source>
        <translation>Usted no marcó nada como muy importante.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="605"/>
        <source>All ratings</source>
        <translation>Todas las calificaciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="607"/>
        <source>Statement</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="607"/>
        <source>Rating (0 to 4)</source>
        <translation>Calificación (0 a 4)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="609"/>
        <source>What matters most to you</source>
        <translation>Lo que es más importante para usted</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="617"/>
        <source>You did not answer the knowledge questions.</source>
        <translation>Usted no contestó las preguntas sobre lo que sabe.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="618"/>
        <location filename="../../decisionaid/report/content.py" line="635"/>
        <source>What you know</source>
        <translation>Lo que usted sabe</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="619"/>
        <source>You answered {right} of {answered} questions correctly ({total} questions in all).</source>
        <translation>Contestó bien {right} de {answered} preguntas ({total} preguntas en total).</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="627"/>
        <source>Not answered.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="629"/>
        <source>Your answer: {a}. Correct.</source>
        <translation>Su respuesta: {a}. Correcta.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="632"/>
        <source>Your answer: {a}. The answer is: {c}.</source>
        <translation>Su respuesta: {a}. La respuesta es: {c}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="641"/>
        <source>You are not sure yet. That is fine.</source>
        <translation>Todavía no lo ha decidido. Está bien.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="647"/>
        <source>You are leaning towards: {name}.</source>
        <translation>Usted se inclina por: {name}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="649"/>
        <source>You did not say which option you are leaning towards.</source>
        <translation>Usted no dijo por cuál opción se inclina.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="652"/>
        <source>How sure you feel (the SURE test)</source>
        <translation>Qué tan seguro/a se siente (la prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="658"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="664"/>
        <source>Not all four questions were answered, so there is no score.</source>
        <translation>No se contestaron las cuatro preguntas, así que no hay puntuación.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="667"/>
        <source>Your score: {n} of 4 answered “yes”.</source>
        <translation>Su puntuación: {n} de 4 respuestas fueron “sí”.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="671"/>
        <source>Where you are leaning</source>
        <translation>Hacia dónde se inclina</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="678"/>
        <source>You did not choose any questions. You can write some here:</source>
        <translation>Usted no eligió ninguna pregunta. Puede escribir algunas aquí:</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="683"/>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="686"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para hacerle a su equipo médico</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="691"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="699"/>
        <source>No notes were written.</source>
        <translation>No se escribieron notas.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="703"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="708"/>
        <source>The numbers in square brackets in this summary point to these sources.</source>
        <translation>Los números entre corchetes en este resumen indican estas fuentes.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="717"/>
        <source>Funding: {f}</source>
        <translation>Financiamiento: {f}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="719"/>
        <source>Industry-funded (funded or written by a device maker)</source>
        <translation>Financiado por la industria (pagado o escrito por un fabricante de dispositivos)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="726"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="731"/>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="732"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="733"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="734"/>
        <source>Next review due</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="735"/>
        <source>Evidence searched up to</source>
        <translation>Búsqueda de evidencia hasta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="736"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="736"/>
        <source>DRAFT, not yet clinically reviewed</source>
        <translation>BORRADOR, todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="737"/>
        <source>Clinically reviewed</source>
        <translation>Con revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="738"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="739"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="740"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="741"/>
        <source>How the evidence was chosen</source>
        <translation>Cómo se eligió la evidencia</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="742"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="743"/>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="747"/>
        <source>About this information</source>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="761"/>
        <location filename="../../decisionaid/report/render.py" line="662"/>
        <location filename="../../decisionaid/report/render.py" line="797"/>
        <source>Decision summary: {t}</source>
        <translation>Resumen de la decisión: {t}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="762"/>
        <source>{app} {ver}. Content version {v}, published {p}, next review {n}.</source>
        <translation>{app} {ver}. Versión del contenido {v}, publicada el {p}, próxima revisión el {n}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="660"/>
        <source>Record copy</source>
        <translation>Copia para el expediente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="660"/>
        <source>Patient copy</source>
        <translation>Copia del paciente</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="663"/>
        <source>DRAFT: not yet clinically reviewed</source>
        <translation>BORRADOR: todavía sin revisión clínica</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="664"/>
        <source>{copy}. Made {date}. Content version {v}.</source>
        <translation>{copy}. Hecho el {date}. Versión del contenido {v}.</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/render.py" line="777"/>
        <source>Page {x} of {y}</source>
        <translation>Página {x} de {y}</translation>
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
        <location filename="../../decisionaid/report/content.py" line="291"/>
        <source>High certainty</source>
        <translation>Certeza alta</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="292"/>
        <source>Moderate certainty</source>
        <translation>Certeza moderada</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="293"/>
        <source>Low certainty</source>
        <translation>Certeza baja</translation>
    </message>
    <message>
        <location filename="../../decisionaid/report/content.py" line="294"/>
        <source>Very low certainty</source>
        <translation>Certeza muy baja</translation>
    </message>
</context>
</TS>
