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
    <name>BuiltinTagSets</name>
    <message>
        <location filename="../../gui/tag_names.py" line="40"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="41"/>
        <source>Where the photo was taken. At most one scene per photo.</source>
        <translation>Dónde se tomó la foto. Como máximo una escena por foto.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="43"/>
        <source>beach</source>
        <translation>playa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="44"/>
        <source>mountains</source>
        <translation>montañas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="45"/>
        <source>city street</source>
        <translation>calle de ciudad</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="46"/>
        <source>forest</source>
        <translation>bosque</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="47"/>
        <source>snow</source>
        <translation>nieve</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="49"/>
        <source>indoors</source>
        <extracomment>Scenes: a photo taken inside a building</extracomment>
        <translation>interiores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="50"/>
        <source>countryside</source>
        <translation>campo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="51"/>
        <source>lake or river</source>
        <translation>lago o río</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="52"/>
        <source>desert</source>
        <translation>desierto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="53"/>
        <source>park or garden</source>
        <translation>parque o jardín</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="54"/>
        <source>sea</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="59"/>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="60"/>
        <source>What the photo shows. A photo can have several subjects, or none.</source>
        <translation>Lo que muestra la foto. Una foto puede tener varios temas o ninguno.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="62"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="63"/>
        <source>pets</source>
        <translation>mascotas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="64"/>
        <source>food</source>
        <translation>comida</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="65"/>
        <source>documents and screenshots</source>
        <translation>documentos y capturas de pantalla</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="66"/>
        <source>vehicles</source>
        <translation>vehículos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="67"/>
        <source>plants and flowers</source>
        <translation>plantas y flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="68"/>
        <source>buildings</source>
        <translation>edificios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="69"/>
        <source>wild animals</source>
        <translation>animales salvajes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="70"/>
        <source>babies and children</source>
        <translation>bebés y niños</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="71"/>
        <source>art</source>
        <translation>arte</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="76"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="77"/>
        <source>What was happening. Most photos get none.</source>
        <translation>Lo que estaba pasando. La mayoría de las fotos no tienen ninguno.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="79"/>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="80"/>
        <source>wedding</source>
        <translation>boda</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="82"/>
        <source>concert</source>
        <extracomment>Events: a band or musician playing live</extracomment>
        <translation>concierto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="84"/>
        <source>sports</source>
        <extracomment>Events: a game or match being played</extracomment>
        <translation>deportes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="85"/>
        <source>graduation</source>
        <translation>graduación</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="86"/>
        <source>christmas</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="87"/>
        <source>party</source>
        <translation>fiesta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="89"/>
        <source>hiking</source>
        <extracomment>Events: people walking on trails</extracomment>
        <translation>senderismo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="90"/>
        <source>travel</source>
        <translation>viajes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="95"/>
        <source>COCO objects</source>
        <translation>Objetos de COCO</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="96"/>
        <source>The 80 object categories of COCO; for evaluation against labelled photos.</source>
        <translation>Las 80 categorías de objetos de COCO; para evaluar con fotos ya etiquetadas.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="98"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="99"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="100"/>
        <source>car</source>
        <translation>coche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="101"/>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="102"/>
        <source>airplane</source>
        <translation>avión</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="103"/>
        <source>bus</source>
        <translation>autobús</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="104"/>
        <source>train</source>
        <translation>tren</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="105"/>
        <source>truck</source>
        <translation>camión</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="106"/>
        <source>boat</source>
        <translation>barco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="107"/>
        <source>traffic light</source>
        <translation>semáforo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="108"/>
        <source>fire hydrant</source>
        <translation>boca de incendios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="109"/>
        <source>stop sign</source>
        <translation>señal de stop</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="110"/>
        <source>parking meter</source>
        <translation>parquímetro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="112"/>
        <source>bench</source>
        <extracomment>COCO: the seat</extracomment>
        <translation>banco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="113"/>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="114"/>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="115"/>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="116"/>
        <source>horse</source>
        <translation>caballo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="117"/>
        <source>sheep</source>
        <translation>oveja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="118"/>
        <source>cow</source>
        <translation>vaca</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="119"/>
        <source>elephant</source>
        <translation>elefante</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="120"/>
        <source>bear</source>
        <translation>oso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="121"/>
        <source>zebra</source>
        <translation>cebra</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="122"/>
        <source>giraffe</source>
        <translation>jirafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="123"/>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="124"/>
        <source>umbrella</source>
        <translation>paraguas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="125"/>
        <source>handbag</source>
        <translation>bolso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="127"/>
        <source>tie</source>
        <extracomment>COCO: the necktie</extracomment>
        <translation>corbata</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="128"/>
        <source>suitcase</source>
        <translation>maleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="129"/>
        <source>frisbee</source>
        <translation>frisbi</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="130"/>
        <source>skis</source>
        <translation>esquís</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="131"/>
        <source>snowboard</source>
        <translation>tabla de snowboard</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="133"/>
        <source>sports ball</source>
        <extracomment>COCO: any ball used in a sport</extracomment>
        <translation>balón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="135"/>
        <source>kite</source>
        <extracomment>COCO: the toy kite flown on a string</extracomment>
        <translation>cometa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="136"/>
        <source>baseball bat</source>
        <translation>bate de béisbol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="137"/>
        <source>baseball glove</source>
        <translation>guante de béisbol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="138"/>
        <source>skateboard</source>
        <translation>monopatín</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="139"/>
        <source>surfboard</source>
        <translation>tabla de surf</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="140"/>
        <source>tennis racket</source>
        <translation>raqueta de tenis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="141"/>
        <source>bottle</source>
        <translation>botella</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="142"/>
        <source>wine glass</source>
        <translation>copa de vino</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="144"/>
        <source>cup</source>
        <extracomment>COCO: a cup or mug</extracomment>
        <translation>taza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="145"/>
        <source>fork</source>
        <translation>tenedor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="146"/>
        <source>knife</source>
        <translation>cuchillo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="147"/>
        <source>spoon</source>
        <translation>cuchara</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="149"/>
        <source>bowl</source>
        <extracomment>COCO: the dish</extracomment>
        <translation>cuenco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="150"/>
        <source>banana</source>
        <translation>plátano</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="151"/>
        <source>apple</source>
        <translation>manzana</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="152"/>
        <source>sandwich</source>
        <translation>sándwich</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="154"/>
        <source>orange</source>
        <extracomment>COCO: the fruit</extracomment>
        <translation>naranja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="155"/>
        <source>broccoli</source>
        <translation>brócoli</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="156"/>
        <source>carrot</source>
        <translation>zanahoria</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="157"/>
        <source>hot dog</source>
        <translation>perrito caliente</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="158"/>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="159"/>
        <source>donut</source>
        <translation>dónut</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="161"/>
        <source>cake</source>
        <extracomment>COCO: the sweet food</extracomment>
        <translation>pastel</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="162"/>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="163"/>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="164"/>
        <source>potted plant</source>
        <translation>planta en maceta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="165"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="166"/>
        <source>dining table</source>
        <translation>mesa de comedor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="167"/>
        <source>toilet</source>
        <translation>inodoro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="169"/>
        <source>tv</source>
        <extracomment>COCO: a television set</extracomment>
        <translation>televisor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="170"/>
        <source>laptop</source>
        <translation>portátil</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="172"/>
        <source>mouse</source>
        <extracomment>COCO: the computer mouse</extracomment>
        <translation>ratón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="174"/>
        <source>remote</source>
        <extracomment>COCO: the remote control</extracomment>
        <translation>mando a distancia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="176"/>
        <source>keyboard</source>
        <extracomment>COCO: the computer keyboard</extracomment>
        <translation>teclado</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="177"/>
        <source>cell phone</source>
        <translation>teléfono móvil</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="178"/>
        <source>microwave</source>
        <translation>microondas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="179"/>
        <source>oven</source>
        <translation>horno</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="180"/>
        <source>toaster</source>
        <translation>tostadora</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="182"/>
        <source>sink</source>
        <extracomment>COCO: the kitchen or bathroom sink</extracomment>
        <translation>fregadero</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="183"/>
        <source>refrigerator</source>
        <translation>nevera</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="184"/>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="185"/>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="187"/>
        <source>vase</source>
        <extracomment>COCO: the flower vase</extracomment>
        <translation>jarrón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="188"/>
        <source>scissors</source>
        <translation>tijeras</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="189"/>
        <source>teddy bear</source>
        <translation>osito de peluche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="190"/>
        <source>hair drier</source>
        <translation>secador de pelo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="191"/>
        <source>toothbrush</source>
        <translation>cepillo de dientes</translation>
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
        <location filename="../../gui/tagsets_dialog.py" line="256"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidad {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="257"/>
        <source>similarity {0:.3f}</source>
        <translation>similitud {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="258"/>
        <source>threshold {0:.3f}</source>
        <translation>umbral {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="260"/>
        <source>an apply gives this tag</source>
        <translation>al aplicar, se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="262"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>no se asigna: en un conjunto exclusivo solo se puede asignar la mejor etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="264"/>
        <source>an apply does not give this tag</source>
        <translation>al aplicar, no se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="273"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="277"/>
        <source>{0}
≥ {1:.2f}  ({2})</source>
        <translation>{0}
≥ {1:.2f}  ({2})</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="279"/>
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
        <location filename="../../gui/main_window.py" line="116"/>
        <location filename="../../gui/main_window.py" line="427"/>
        <source>Describe a photo…</source>
        <translation>Describe una foto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Personalize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Teach search your own words from your captions</source>
        <translation>Enseña a la búsqueda tus propias palabras a partir de tus descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation>Conjuntos de etiquetas que clasifican tus fotos en álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231"/>
        <location filename="../../gui/main_window.py" line="825"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>Update library</source>
        <translation>Actualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378"/>
        <source>{0} (not applied)</source>
        <translation>{0} (sin aplicar)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desactualizado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="397"/>
        <source>{0} › {1}: {2} photos; threshold {3:.2f}</source>
        <translation>{0} › {1}: {2} fotos; umbral {3:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation>{0} confirmadas y {1} rechazadas por ti</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>Add a tag set…</source>
        <translation>Añadir conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Los conjuntos de etiquetas clasifican tus fotos en álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429"/>
        <source>Search in “{0}”…</source>
        <translation>Buscar en “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Todavía no hay fotos. Añade una carpeta para empezar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547"/>
        <source>No photos match the filters.</source>
        <translation>Ninguna foto coincide con los filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="566"/>
        <source>Album “{0}”: {1} photos</source>
        <translation>Álbum “{0}”: {1} fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="567"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Todavía no hay fotos en “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="583"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="595"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation>Mejores resultados para “{1}” en “{2}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation>Mejores resultados para “{1}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="603"/>
        <source>No photos match “{0}”.</source>
        <translation>Ninguna foto coincide con “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="614"/>
        <source>Finding similar photos…</source>
        <translation>Buscando fotos parecidas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="622"/>
        <source>{0} similar photos</source>
        <translation>{0} fotos parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <source>No similar photos found.</source>
        <translation>No se encontraron fotos parecidas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar los álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rechazado: esta foto no está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="680"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” vuelve a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="682"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; el umbral del álbum cambió, así que se vuelve a clasificar la biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="733"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="806"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: entrenando con tus descripciones…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="814"/>
        <source>Picked up {0} changed files</source>
        <translation>Se detectaron {0} archivos modificados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="825"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexación en pausa (con batería)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Indexing paused</source>
        <translation>Indexación en pausa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="841"/>
        <source>Looking for new photos… {0} files</source>
        <translation>Buscando fotos nuevas… {0} archivos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="843"/>
        <source>Loading the model for {0} photos…</source>
        <translation>Cargando el modelo para {0} fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="847"/>
        <source>, {0} left</source>
        <translation>, faltan {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="849"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="852"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando las etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="858"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Clasificando fotos en álbumes ({0}): {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="864"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation>Indexación cancelada: {0} fotos indexadas; el resto seguirá la próxima vez</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="866"/>
        <source>Indexed {0} new photos</source>
        <translation>Se indexaron {0} fotos nuevas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="869"/>
        <source>Albums are up to date</source>
        <translation>Los álbumes están al día</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Library is up to date</source>
        <translation>La biblioteca está al día</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="891"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="896"/>
        <source>{0} unreadable files</source>
        <translation>{0} archivos ilegibles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="940"/>
        <source>Choose a folder of photos</source>
        <translation>Elige una carpeta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="947"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden añadir carpetas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="960"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Clasificando fotos en los álbumes de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1014"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1019"/>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1019"/>
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
        <location filename="../../gui/tags_panel.py" line="92"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="105"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Pon esta foto en otro álbum a mano (cuenta como una confirmación).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="106"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="108"/>
        <source>Put it in another album:</source>
        <translation>Añadir a otro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="136"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="146"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="166"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto no está en ningún álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="169"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Todavía no hay álbumes: crea conjuntos de etiquetas con “Conjuntos de etiquetas…” para clasificar las fotos en álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="172"/>
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
        <location filename="../../gui/tags_panel.py" line="49"/>
        <source> · score {0:.2f}</source>
        <translation> · puntuación {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="51"/>
        <source>Confirmed by you</source>
        <translation>Confirmada por ti</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="53"/>
        <source>Rejected by you</source>
        <translation>Rechazada por ti</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="55"/>
        <source>Filed automatically</source>
        <translation>Clasificada automáticamente</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="60"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertenece a este álbum: ninguna ejecución posterior la sacará.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="63"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto no pertenece a este álbum: ninguna ejecución posterior la volverá a añadir.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="66"/>
        <source>Clear</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="67"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Olvidar tu elección: el conjunto de etiquetas vuelve a decidir.</translation>
    </message>
</context>
<context>
    <name>TagSetsDialog</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="344"/>
        <source>Tag sets</source>
        <translation>Conjuntos de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="358"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="361"/>
        <source>Add built-in</source>
        <translation>Añadir predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="365"/>
        <source>{0} ({1} tags)</source>
        <translation>{0} ({1} etiquetas)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="369"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="371"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="373"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="391"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="397"/>
        <source>e.g. Scenes</source>
        <translation>p. ej., Escenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="399"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: como máximo una etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="400"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Multietiqueta: cualquier número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="405"/>
        <source>and a similarity of at least</source>
        <translation>y una similitud de al menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="417"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 plantillas de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="418"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 plantillas de la receta de ImageNet de CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="419"/>
        <source>The label alone</source>
        <translation>Solo el nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="420"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Los textos que se generan a partir del nombre de una etiqueta cuando esta no tiene textos propios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="425"/>
        <source>A built-in set&apos;s name as photoclip shows it in your language</source>
        <translation>El nombre de un conjunto predefinido tal como photoclip lo muestra en tu idioma</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="430"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="431"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="433"/>
        <source>Prompts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="446"/>
        <source>The album&apos;s name, and the text CLIP reads (put into the templates) when the tag has no prompts</source>
        <translation>El nombre del álbum y el texto que lee CLIP (dentro de las plantillas) cuando la etiqueta no tiene textos propios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="449"/>
        <source>How photoclip names a built-in album in your language; CLIP still reads the label</source>
        <translation>Cómo llama photoclip a un álbum predefinido en tu idioma; CLIP sigue leyendo el nombre original</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="453"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que describen la etiqueta, separados por punto y coma. Vacío: las plantillas de arriba, aplicadas al nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="455"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Umbral propio de esta etiqueta. Vacío: el del conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="458"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="460"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="467"/>
        <source>Tag set</source>
        <translation>Conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="474"/>
        <location filename="../../gui/tagsets_dialog.py" line="506"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="475"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Puntúa una muestra de tus fotos con el conjunto tal como está aquí, sin guardarlo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="478"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="479"/>
        <source>Show similarities</source>
        <translation>Mostrar similitudes</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="481"/>
        <location filename="../../gui/tagsets_dialog.py" line="667"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>La vista previa puntúa hasta {0} de tus fotos con el conjunto, antes de que lo apliques.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="525"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="526"/>
        <source>Store the set without filing photos yet</source>
        <translation>Guarda el conjunto sin clasificar todavía las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="528"/>
        <source>Apply to library</source>
        <translation>Aplicar a la biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="529"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Guarda el conjunto y clasifica todas las fotos en sus álbumes (en segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="532"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="544"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: puedes ver la vista previa de los conjuntos, pero no cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="569"/>
        <source>not applied yet</source>
        <translation>sin aplicar todavía</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="571"/>
        <source>changed since applied</source>
        <translation>cambiado desde que se aplicó</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="573"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="575"/>
        <source>{0}
{1} tags, {2}</source>
        <translation>{0}
{1} etiquetas, {2}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="616"/>
        <source>New tag set</source>
        <translation>Nuevo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="652"/>
        <source>The set&apos;s own templates</source>
        <translation>Plantillas propias del conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="705"/>
        <source>Best tag needs a probability of</source>
        <translation>La mejor etiqueta necesita una probabilidad de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="708"/>
        <source>A tag needs a similarity of</source>
        <translation>Una etiqueta necesita una similitud de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="731"/>
        <source>shown as “{0}”</source>
        <translation>se muestra como “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="798"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: el umbral “{1}” no es un número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="827"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="829"/>
        <source>Name: {0}</source>
        <translation>Nombre: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="831"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="848"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>El conjunto cambió desde esta vista previa: pulsa Vista previa de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="862"/>
        <source>Scoring your photos…</source>
        <translation>Puntuando tus fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="911"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Todavía no hay fotos indexadas para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="916"/>
        <source>{0} photos; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1} photos get none). Click a column to sort.</source>
        <translation>{0} fotos; colores de {2:.2f} (oscuro) a {3:.2f} (amarillo). Enmarcadas: las etiquetas que se asignarían al aplicar ({1} fotos no reciben ninguna). Haz clic en una columna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="934"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Ya existe un conjunto de etiquetas llamado “{0}”: elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="952"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Guardado. Clasificando tus fotos en los álbumes de “{0}”: consulta la barra de estado.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="956"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>Se guardó “{0}”. Aplícalo para clasificar tus fotos en sus álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="973"/>
        <source>Remove tag set</source>
        <translation>Eliminar conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="974"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>¿Eliminar “{0}” y sus álbumes? También se eliminarán tus confirmaciones y rechazos en ellos. Tus fotos se conservan.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="983"/>
        <source>Removed “{0}”.</source>
        <translation>Se eliminó “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="999"/>
        <source>Add built-in set</source>
        <translation>Añadir conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="999"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1004"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>Se añadió “{0}”. Revisa la vista previa, ajústalo y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1010"/>
        <location filename="../../gui/tagsets_dialog.py" line="1026"/>
        <source>Import a tag set</source>
        <translation>Importar un conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1010"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1018"/>
        <source>Cannot import {0}</source>
        <translation>No se puede importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1026"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el del archivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1031"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>Se importó “{0}”. Revisa la vista previa y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1052"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1052"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1054"/>
        <source>Export the tag set</source>
        <translation>Exportar el conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1067"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1075"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1076"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>¿Descartar tus cambios en “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1076"/>
        <source>the new set</source>
        <translation>el conjunto nuevo</translation>
    </message>
</context>
</TS>
