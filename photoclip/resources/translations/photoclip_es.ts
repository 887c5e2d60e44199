<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="86"/>
        <source>{0}

Open the library read-only? You can search, but nothing is indexed.</source>
        <translation>{0}

¿Abrir la biblioteca en modo de solo lectura? Podrás buscar, pero no se indexará nada.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="118"/>
        <source>Read-only: another photoclip is indexing this library</source>
        <translation>Solo lectura: otro photoclip está indexando esta biblioteca</translation>
    </message>
</context>
<context>
    <name>CaptionsWidget</name>
    <message>
        <location filename="../../gui/captions_widget.py" line="64"/>
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="95"/>
        <source>Personalisation learns your words from captions.</source>
        <translation>La personalización aprende tus palabras a partir de las descripciones.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="123"/>
        <source>This library is open read-only: captions cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar las descripciones.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="80"/>
        <source>Double-click a caption to change it</source>
        <translation>Haz doble clic en una descripción para cambiarla</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="84"/>
        <source>Add a caption, e.g. “Rex asleep on the sofa”</source>
        <translation>Ej.: “Rex dormido en el sofá”</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="87"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="89"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="90"/>
        <source>Remove the selected caption</source>
        <translation>Quitar la descripción seleccionada</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="177"/>
        <source>This photo already has that caption.</source>
        <translation>Esta foto ya tiene esa descripción.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="230"/>
        <source>Captions saved: {0}</source>
        <translation>Descripciones guardadas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="236"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="227"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="227"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="103"/>
        <source>Welcome to photoclip</source>
        <translation>Te damos la bienvenida a photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="106"/>
        <source>photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer.</source>
        <translation>photoclip encuentra las fotos por lo que aparece en ellas. Elige las carpetas que quieres indexar; las fotos se quedan donde están y nada sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="114"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="123"/>
        <source>Multilingual: understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilingüe: entiende búsquedas en español, portugués y más de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="125"/>
        <source>English (recommended)</source>
        <translation>Inglés (recomendado)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="133"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="138"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../gui/dialogs.py" line="69"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="70"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="90"/>
        <source>Choose a folder of photos</source>
        <translation>Elige una carpeta de fotos</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="250"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidad {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="251"/>
        <source>similarity {0:.3f}</source>
        <translation>similitud {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="252"/>
        <source>threshold {0:.3f}</source>
        <translation>umbral {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="254"/>
        <source>an apply gives this tag</source>
        <translation>al aplicar, se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="256"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>no se asigna: en un conjunto exclusivo solo se puede asignar la mejor etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="258"/>
        <source>an apply does not give this tag</source>
        <translation>al aplicar, no se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="267"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="271"/>
        <source>{0}
≥ {1:.2f}  ({2})</source>
        <translation>{0}
≥ {1:.2f}  ({2})</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="273"/>
        <source>{0}: threshold {1:.3f}; {2} of these {3} photos would be filed here</source>
        <translation>{0}: umbral {1:.3f}; {2} de estas {3} fotos se clasificarían aquí</translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="101"/>
        <location filename="../../gui/personalize_dialog.py" line="169"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="101"/>
        <source>Held-out recall@10</source>
        <translation>Acierto@10 en validación</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="166"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="170"/>
        <source>Recall@10</source>
        <translation>Acierto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="184"/>
        <source>Press Train: the loss and the held-out recall of each epoch appear here.</source>
        <translation>Pulsa Entrenar: aquí aparecerán la pérdida y el acierto en validación de cada época.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="194"/>
        <source>best</source>
        <translation>mejor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="115"/>
        <location filename="../../gui/main_window.py" line="422"/>
        <source>Describe a photo…</source>
        <translation>Describe una foto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Personalize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Teach search your own words from your captions</source>
        <translation>Enseña a la búsqueda tus propias palabras a partir de tus descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation>Conjuntos de etiquetas que clasifican tus fotos en álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <location filename="../../gui/main_window.py" line="815"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>Update library</source>
        <translation>Actualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292"/>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376"/>
        <source>{0} (not applied)</source>
        <translation>{0} (sin aplicar)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desactualizado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>{0} › {1}: {2} photos; threshold {3:.2f}</source>
        <translation>{0} › {1}: {2} fotos; umbral {3:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation>{0} confirmadas y {1} rechazadas por ti</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402"/>
        <source>Add a tag set…</source>
        <translation>Añadir conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Los conjuntos de etiquetas clasifican tus fotos en álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="424"/>
        <source>Search in “{0}”…</source>
        <translation>Buscar en “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Todavía no hay fotos. Añade una carpeta para empezar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>No photos match the filters.</source>
        <translation>Ninguna foto coincide con los filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>Album “{0}”: {1} photos</source>
        <translation>Álbum “{0}”: {1} fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="560"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Todavía no hay fotos en “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="576"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="588"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation>Mejores resultados para “{1}” en “{2}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="591"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation>Mejores resultados para “{1}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="594"/>
        <source>No photos match “{0}”.</source>
        <translation>Ninguna foto coincide con “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="605"/>
        <source>Finding similar photos…</source>
        <translation>Buscando fotos parecidas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>{0} similar photos</source>
        <translation>{0} fotos parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="614"/>
        <source>No similar photos found.</source>
        <translation>No se encontraron fotos parecidas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="657"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar los álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="668"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rechazado: esta foto no está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="670"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” vuelve a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="672"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; el umbral del álbum cambió, así que se vuelve a clasificar la biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="796"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: entrenando con tus descripciones…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="804"/>
        <source>Picked up {0} changed files</source>
        <translation>Se detectaron {0} archivos modificados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="815"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexación en pausa (con batería)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Indexing paused</source>
        <translation>Indexación en pausa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Looking for new photos… {0} files</source>
        <translation>Buscando fotos nuevas… {0} archivos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="833"/>
        <source>Loading the model for {0} photos…</source>
        <translation>Cargando el modelo para {0} fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="837"/>
        <source>, {0} left</source>
        <translation>, faltan {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="839"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="842"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando las etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="848"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Clasificando fotos en álbumes ({0}): {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="854"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation>Indexación cancelada: {0} fotos indexadas; el resto seguirá la próxima vez</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="856"/>
        <source>Indexed {0} new photos</source>
        <translation>Se indexaron {0} fotos nuevas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="859"/>
        <source>Albums are up to date</source>
        <translation>Los álbumes están al día</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="861"/>
        <source>Library is up to date</source>
        <translation>La biblioteca está al día</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="881"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="886"/>
        <source>{0} unreadable files</source>
        <translation>{0} archivos ilegibles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>Choose a folder of photos</source>
        <translation>Elige una carpeta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="937"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden añadir carpetas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="949"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Clasificando fotos en los álbumes de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1002"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1007"/>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1007"/>
        <source>photoclip hit an internal error. Please report it with the details below.</source>
        <translation>photoclip ha sufrido un error interno. Por favor, infórmalo junto con los detalles que aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../gui/dialogs.py" line="54"/>
        <source>already downloaded</source>
        <translation>ya descargado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="56"/>
        <source>{0:.1f} GB download</source>
        <translation>descarga de {0:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="58"/>
        <source>{0:.0f} MB download</source>
        <translation>descarga de {0:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="264"/>
        <source>Download cancelled. It resumes where it stopped next time.</source>
        <translation>Descarga cancelada. La próxima vez continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="293"/>
        <source>Downloading {0} ({1:.0f} MB)…</source>
        <translation>Descargando {0} ({1:.0f} MB)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="293"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="295"/>
        <source>Downloading the model</source>
        <translation>Descargando el modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="303"/>
        <source>Downloading {0}: {1:.0f} of {2:.0f} MB</source>
        <translation>Descargando {0}: {1:.0f} de {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="320"/>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="321"/>
        <source>photoclip could not download the model: this computer seems to be offline.

You can import a weights file downloaded on another computer (for {0}: the file {1} from {2}).

Import a weights file now?</source>
        <translation>photoclip no pudo descargar el modelo: parece que este equipo no tiene conexión.

Puedes importar un archivo de pesos descargado en otro equipo (para {0}: el archivo {1} de {2}).

¿Importar un archivo de pesos ahora?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="330"/>
        <source>Download failed</source>
        <translation>Error en la descarga</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="337"/>
        <source>Import model weights</source>
        <translation>Importar pesos del modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="337"/>
        <source>Model weights (*.safetensors *.bin *.pt *.pth)</source>
        <translation>Pesos del modelo (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="345"/>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
</context>
<context>
    <name>PersonalizeDialog</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="260"/>
        <source>Personalize search</source>
        <translation>Personalizar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="268"/>
        <source>photoclip can learn your own words (“Rex”, “Grandma’s garden”) from captions you give your photos. Only the model’s two small projection heads are trained; about a fifth of the captioned photos are held out to check that searches really get better. The original model is kept: going back is one click.</source>
        <translation>photoclip puede aprender tus propias palabras (“Rex”, “el jardín de la abuela”) a partir de las descripciones que pones a tus fotos. Solo se entrenan las dos pequeñas capas de proyección del modelo; alrededor de una quinta parte de las fotos con descripción se reserva para comprobar que las búsquedas mejoran de verdad. El modelo original se conserva: volver a él es cuestión de un clic.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="274"/>
        <source>Counting captions…</source>
        <translation>Contando descripciones…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="276"/>
        <source>Import captions from CSV…</source>
        <translation>Importar descripciones de CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="278"/>
        <source>A CSV file of path,caption rows; relative paths are relative to the file’s folder.</source>
        <translation>Un archivo CSV con dos columnas por fila, ruta y descripción; las rutas relativas parten de la carpeta del archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="288"/>
        <source>Your captions</source>
        <translation>Tus descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="297"/>
        <source>Training stops earlier when held-out recall stops improving.</source>
        <translation>El entrenamiento se detiene antes si el acierto en validación deja de mejorar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="298"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="301"/>
        <source>Cancel training</source>
        <translation>Cancelar entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="310"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="312"/>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="320"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="320"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="320"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@1</source>
        <translation>Acierto@1</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@5</source>
        <translation>Acierto@5</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@10</source>
        <translation>Acierto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="328"/>
        <source>Held-out text-to-image recall: how often a held-out caption finds its own photo in the top 1, 5 or 10.</source>
        <translation>Acierto de texto a imagen en validación: con qué frecuencia una descripción reservada encuentra su propia foto en el primer puesto o entre las 5 o 10 primeras.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="343"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="344"/>
        <source>Search with the trained model from now on (no photo is read again).</source>
        <translation>Buscar con el modelo entrenado a partir de ahora (no se vuelve a leer ninguna foto).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="359"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="373"/>
        <source>Use selected profile</source>
        <translation>Usar el perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="375"/>
        <source>Revert to original</source>
        <translation>Volver al original</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="376"/>
        <source>Search with the model as it came: exactly the results it gave before.</source>
        <translation>Buscar con el modelo tal como venía: exactamente los mismos resultados que antes.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="385"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="426"/>
        <source>{0} captions on {1} photos.</source>
        <translation>{0} descripciones en {1} fotos.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="429"/>
        <source>Training needs captions on at least {0} indexed photos: add them in the photo view or import a CSV file.</source>
        <translation>Para entrenar se necesitan descripciones en al menos {0} fotos indexadas: añádelas en la vista de foto o importa un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="433"/>
        <source>Searches use the original model ({0}).</source>
        <translation>Las búsquedas usan el modelo original ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="435"/>
        <source>Searches use your profile {0} ({1}).</source>
        <translation>Las búsquedas usan tu perfil {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="439"/>
        <source>{0} · trained {1} on {2} captions</source>
        <translation>{0} · entrenado el {1} con {2} descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="443"/>
        <source>(in use)</source>
        <translation>(en uso)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="452"/>
        <source>No saved profiles yet: train, then apply.</source>
        <translation>Todavía no hay perfiles guardados: entrena y después aplica.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="472"/>
        <source>This library is open read-only: it cannot be personalised.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se puede personalizar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="494"/>
        <source>Import captions</source>
        <translation>Importar descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="494"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="500"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="505"/>
        <source>{0}: added {1} captions for {2} photos ({3} were already there).</source>
        <translation>{0}: se añadieron {1} descripciones a {2} fotos ({3} ya estaban).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="657"/>
        <source>Searches were not changed.</source>
        <translation>Las búsquedas no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="511"/>
        <source>line {0}: {1}</source>
        <translation>línea {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="441"/>
        <source>recall@10 {0:.1%} → {1:.1%}</source>
        <translation>acierto@10 {0:.1%} → {1:.1%}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="510"/>
        <source>Rows skipped: {0}</source>
        <translation>Filas omitidas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="538"/>
        <source>Waiting for the indexer…</source>
        <translation>Esperando a que termine la indexación…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="538"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="545"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="554"/>
        <source>Starting: loading the model…</source>
        <translation>Iniciando: cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="563"/>
        <source>Reading your captions: {0} of {1} new ones encoded</source>
        <translation>Leyendo tus descripciones: {0} de {1} nuevas codificadas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="572"/>
        <source>Training… the starting model: loss {0:.3f}</source>
        <translation>Entrenando… modelo inicial: pérdida {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="575"/>
        <source>Training… epoch {0} of at most {1}: loss {2:.3f}, held-out recall@10 {3:.1%} (best: epoch {4})</source>
        <translation>Entrenando… época {0} de {1} como máximo: pérdida {2:.3f}, acierto@10 en validación {3:.1%} (mejor: época {4})</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="589"/>
        <source>{0:+.1f} pts</source>
        <translation>{0:+.1f} pp</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="600"/>
        <location filename="../../gui/personalize_dialog.py" line="690"/>
        <source>Training cancelled.</source>
        <translation>Entrenamiento cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="607"/>
        <source>Trained in {0:.1f} s: {1} epochs on {2} captions of {3} photos; {4} photos held out.</source>
        <translation>Entrenado en {0:.1f} s: {1} épocas con {2} descripciones de {3} fotos; {4} fotos reservadas para validación.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="613"/>
        <source>Held-out recall improved (best epoch: {0}). Apply to search with it.</source>
        <translation>El acierto en validación mejoró (mejor época: {0}). Pulsa Aplicar para usarlo en las búsquedas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="617"/>
        <source>Not improved: held-out recall is no better than before, so it cannot be applied. Add more captions, or captions that say what you search for, and train again.</source>
        <translation>Sin mejora: el acierto en validación no es mejor que antes, así que no se puede aplicar. Añade más descripciones, o descripciones que digan lo que buscas, y vuelve a entrenar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="628"/>
        <source>Applying: projecting your photos through the new model…</source>
        <translation>Aplicando: proyectando tus fotos con el nuevo modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="635"/>
        <source>Switching to profile {0}…</source>
        <translation>Cambiando al perfil {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="641"/>
        <source>Going back to the original model…</source>
        <translation>Volviendo al modelo original…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="653"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="664"/>
        <source>Searches use the original model again.</source>
        <translation>Las búsquedas vuelven a usar el modelo original.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="667"/>
        <source>Searches now use profile {0}.</source>
        <translation>Las búsquedas usan ahora el perfil {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="669"/>
        <source>Applied: saved as profile {0}, which searches use now.</source>
        <translation>Aplicado: se guardó como perfil {0}, que es el que usan ahora las búsquedas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="693"/>
        <source>Training failed: {0}</source>
        <translation>Error en el entrenamiento: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../gui/grid.py" line="179"/>
        <source>{0}
score {1:.3f}</source>
        <translation>{0}
puntuación {1:.3f}</translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="89"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="102"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Pon esta foto en otro álbum a mano (cuenta como una confirmación).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="103"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="105"/>
        <source>Put it in another album:</source>
        <translation>Añadir a otro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="133"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="143"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="163"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto no está en ningún álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="166"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Todavía no hay álbumes: crea conjuntos de etiquetas con “Conjuntos de etiquetas…” para clasificar las fotos en álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="169"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar los álbumes.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="58"/>
        <location filename="../../gui/photo_view.py" line="117"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="71"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="72"/>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="73"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="74"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="75"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="77"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="78"/>
        <source>Find similar</source>
        <translation>Buscar parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="79"/>
        <source>Open with default app</source>
        <translation>Abrir con la app predeterminada</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="80"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="123"/>
        <source>(file date)</source>
        <translation>(del archivo)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="125"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="133"/>
        <source>Cannot show this photo: {0}</source>
        <translation>No se puede mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="154"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="161"/>
        <source> (tests only)</source>
        <translation> (solo para pruebas)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automático (GPU si está disponible)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="169"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="177"/>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="185"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="189"/>
        <source>Takes effect when photoclip starts again</source>
        <translation>Se aplica la próxima vez que se inicie photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="192"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="193"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="194"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="195"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>Thumbnail cache</source>
        <translation>Caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="201"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
</context>
<context>
    <name>TagRow</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="46"/>
        <source> · score {0:.2f}</source>
        <translation> · puntuación {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="48"/>
        <source>Confirmed by you</source>
        <translation>Confirmada por ti</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="50"/>
        <source>Rejected by you</source>
        <translation>Rechazada por ti</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="52"/>
        <source>Filed automatically</source>
        <translation>Clasificada automáticamente</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="57"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="58"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertenece a este álbum: ninguna ejecución posterior la sacará.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="60"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto no pertenece a este álbum: ninguna ejecución posterior la volverá a añadir.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="63"/>
        <source>Clear</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Olvidar tu elección: el conjunto de etiquetas vuelve a decidir.</translation>
    </message>
</context>
<context>
    <name>TagSetsDialog</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="338"/>
        <source>Tag sets</source>
        <translation>Conjuntos de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="352"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="355"/>
        <source>Add built-in</source>
        <translation>Añadir predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="359"/>
        <source>{0} ({1} tags)</source>
        <translation>{0} ({1} etiquetas)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="363"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="365"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="367"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="385"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="391"/>
        <source>e.g. Scenes</source>
        <translation>p. ej., Escenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="393"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: como máximo una etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="394"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Multietiqueta: cualquier número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="399"/>
        <source>and a similarity of at least</source>
        <translation>y una similitud de al menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="411"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 plantillas de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="412"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 plantillas de la receta de ImageNet de CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="413"/>
        <source>The label alone</source>
        <translation>Solo el nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="414"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Los textos que se generan a partir del nombre de una etiqueta cuando esta no tiene textos propios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="416"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="417"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="419"/>
        <source>Prompts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="422"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="422"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="422"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="429"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que describen la etiqueta, separados por punto y coma. Vacío: las plantillas de arriba, aplicadas al nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="431"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Umbral propio de esta etiqueta. Vacío: el del conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="434"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="436"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="443"/>
        <source>Tag set</source>
        <translation>Conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="450"/>
        <location filename="../../gui/tagsets_dialog.py" line="482"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="451"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Puntúa una muestra de tus fotos con el conjunto tal como está aquí, sin guardarlo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="454"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="455"/>
        <source>Show similarities</source>
        <translation>Mostrar similitudes</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="457"/>
        <location filename="../../gui/tagsets_dialog.py" line="641"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>La vista previa puntúa hasta {0} de tus fotos con el conjunto, antes de que lo apliques.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="501"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="502"/>
        <source>Store the set without filing photos yet</source>
        <translation>Guarda el conjunto sin clasificar todavía las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="504"/>
        <source>Apply to library</source>
        <translation>Aplicar a la biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="505"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Guarda el conjunto y clasifica todas las fotos en sus álbumes (en segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="508"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="520"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: puedes ver la vista previa de los conjuntos, pero no cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="544"/>
        <source>not applied yet</source>
        <translation>sin aplicar todavía</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="546"/>
        <source>changed since applied</source>
        <translation>cambiado desde que se aplicó</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="548"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="549"/>
        <source>{0}
{1} tags, {2}</source>
        <translation>{0}
{1} etiquetas, {2}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="590"/>
        <source>New tag set</source>
        <translation>Nuevo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="626"/>
        <source>The set&apos;s own templates</source>
        <translation>Plantillas propias del conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="673"/>
        <source>Best tag needs a probability of</source>
        <translation>La mejor etiqueta necesita una probabilidad de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="676"/>
        <source>A tag needs a similarity of</source>
        <translation>Una etiqueta necesita una similitud de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="743"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: el umbral “{1}” no es un número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="772"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="774"/>
        <source>Name: {0}</source>
        <translation>Nombre: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="776"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="793"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>El conjunto cambió desde esta vista previa: pulsa Vista previa de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="807"/>
        <source>Scoring your photos…</source>
        <translation>Puntuando tus fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="856"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Todavía no hay fotos indexadas para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="861"/>
        <source>{0} photos; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1} photos get none). Click a column to sort.</source>
        <translation>{0} fotos; colores de {2:.2f} (oscuro) a {3:.2f} (amarillo). Enmarcadas: las etiquetas que se asignarían al aplicar ({1} fotos no reciben ninguna). Haz clic en una columna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="879"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Ya existe un conjunto de etiquetas llamado “{0}”: elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="896"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Guardado. Clasificando tus fotos en los álbumes de “{0}”: consulta la barra de estado.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="899"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>Se guardó “{0}”. Aplícalo para clasificar tus fotos en sus álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="916"/>
        <source>Remove tag set</source>
        <translation>Eliminar conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="917"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>¿Eliminar “{0}” y sus álbumes? También se eliminarán tus confirmaciones y rechazos en ellos. Tus fotos se conservan.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="924"/>
        <source>Removed “{0}”.</source>
        <translation>Se eliminó “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="940"/>
        <source>Add built-in set</source>
        <translation>Añadir conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="940"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="945"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>Se añadió “{0}”. Revisa la vista previa, ajústalo y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="951"/>
        <location filename="../../gui/tagsets_dialog.py" line="967"/>
        <source>Import a tag set</source>
        <translation>Importar un conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="951"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="959"/>
        <source>Cannot import {0}</source>
        <translation>No se puede importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="967"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el del archivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="972"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>Se importó “{0}”. Revisa la vista previa y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="993"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="993"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="995"/>
        <source>Export the tag set</source>
        <translation>Exportar el conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1008"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1016"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1017"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>¿Descartar tus cambios en “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1017"/>
        <source>the new set</source>
        <translation>el conjunto nuevo</translation>
    </message>
</context>
</TS>
