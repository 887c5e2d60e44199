<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlbumActions</name>
    <message>
        <location filename="../../gui/user_albums.py" line="47"/>
        <location filename="../../gui/user_albums.py" line="161"/>
        <source>New album…</source>
        <translation>Álbum nuevo…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="62"/>
        <source>New album</source>
        <translation>Álbum nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="62"/>
        <source>Name of the new album:</source>
        <translation>Nombre del álbum nuevo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="75"/>
        <source>Album “{0}” made with %Ln photos</source>
        <translation>
            <numerusform>Álbum «{0}» creado con %Ln foto</numerusform>
            <numerusform>Álbum «{0}» creado con %Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="76"/>
        <source>Album “{0}” made: drop photos on it, or use Add to album in a photo&apos;s menu</source>
        <translation>Álbum «{0}» creado: suelta fotos sobre él o usa Añadir al álbum en el menú de una foto</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="83"/>
        <source>Rename album</source>
        <translation>Renombrar álbum</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="83"/>
        <source>New name of “{0}”:</source>
        <translation>Nuevo nombre de «{0}»:</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="88"/>
        <source>Album renamed to “{0}”</source>
        <translation>Álbum renombrado a «{0}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="92"/>
        <source>Delete the album “{0}”? Its %Ln photos stay in your library and in their folders.</source>
        <translation>
            <numerusform>¿Eliminar el álbum «{0}»? Su %Ln foto sigue en tu biblioteca y en su carpeta.</numerusform>
            <numerusform>¿Eliminar el álbum «{0}»? Sus %Ln fotos siguen en tu biblioteca y en sus carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="93"/>
        <source>Delete album</source>
        <translation>Eliminar álbum</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="96"/>
        <source>Album “{0}” deleted</source>
        <translation>Álbum «{0}» eliminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="107"/>
        <source>%Ln photos added to “{0}”</source>
        <translation>
            <numerusform>%Ln foto añadida a «{0}»</numerusform>
            <numerusform>%Ln fotos añadidas a «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="116"/>
        <source>%Ln photos taken out of “{0}”</source>
        <translation>
            <numerusform>%Ln foto quitada de «{0}»</numerusform>
            <numerusform>%Ln fotos quitadas de «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="123"/>
        <source>%Ln photos added to Favourites</source>
        <translation>
            <numerusform>%Ln foto añadida a Favoritos</numerusform>
            <numerusform>%Ln fotos añadidas a Favoritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="125"/>
        <source>%Ln photos taken out of Favourites</source>
        <translation>
            <numerusform>%Ln foto quitada de Favoritos</numerusform>
            <numerusform>%Ln fotos quitadas de Favoritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="147"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="148"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="156"/>
        <source>Add to album</source>
        <translation>Añadir al álbum</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="99"/>
        <source>photoclip cannot open its window: this session has no display (DISPLAY and WAYLAND_DISPLAY are not set). On a remote machine, use the command line instead, for example: photoclip search &quot;a dog on the beach&quot;. Run photoclip --help to see every command.</source>
        <translation>photoclip no puede abrir su ventana: esta sesión está sin pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas). En una máquina remota, usa la línea de órdenes, por ejemplo: photoclip search &quot;un perro en la playa&quot;. Ejecuta photoclip --help para ver todas las órdenes.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="125"/>
        <source>photoclip is already open: its window was brought to the front.</source>
        <translation>photoclip ya está abierto: su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="133"/>
        <source>Another photoclip program is updating this library right now, for example indexing it in the background.

Open the library read-only? You can browse and search; new photos are added by the other program.</source>
        <translation>Otro programa de photoclip está actualizando esta biblioteca ahora mismo, por ejemplo indexándola en segundo plano.

¿Abrir la biblioteca en solo lectura? Puedes explorar y buscar; las fotos nuevas las añade el otro programa.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="186"/>
        <source>Read-only: another photoclip is indexing this library</source>
        <translation>Solo lectura: otro photoclip está indexando esta biblioteca</translation>
    </message>
</context>
<context>
    <name>BuiltinTagSets</name>
    <message>
        <location filename="../../gui/tag_names.py" line="42"/>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="43"/>
        <source>Where the photo was taken. At most one scene per photo.</source>
        <translation>Dónde se tomó la foto. Como máximo una escena por foto.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="45"/>
        <source>beach</source>
        <translation>playa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="46"/>
        <source>mountains</source>
        <translation>montañas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="47"/>
        <source>city street</source>
        <translation>calle de ciudad</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="48"/>
        <source>forest</source>
        <translation>bosque</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="49"/>
        <source>snow</source>
        <translation>nieve</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="51"/>
        <source>indoors</source>
        <extracomment>Scenes: a photo taken inside a building</extracomment>
        <translation>interiores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="52"/>
        <source>countryside</source>
        <translation>campo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="53"/>
        <source>lake or river</source>
        <translation>lago o río</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="54"/>
        <source>desert</source>
        <translation>desierto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="55"/>
        <source>park or garden</source>
        <translation>parque o jardín</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="56"/>
        <source>sea</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="61"/>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="62"/>
        <source>What the photo shows. A photo can have several subjects, or none.</source>
        <translation>Lo que muestra la foto. Una foto puede tener varios temas o ninguno.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="64"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="65"/>
        <source>pets</source>
        <translation>mascotas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="66"/>
        <source>food</source>
        <translation>comida</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="67"/>
        <source>documents and screenshots</source>
        <translation>documentos y capturas de pantalla</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="68"/>
        <source>vehicles</source>
        <translation>vehículos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="69"/>
        <source>plants and flowers</source>
        <translation>plantas y flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="70"/>
        <source>buildings</source>
        <translation>edificios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="71"/>
        <source>wild animals</source>
        <translation>animales salvajes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="72"/>
        <source>babies and children</source>
        <translation>bebés y niños</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="73"/>
        <source>art</source>
        <translation>arte</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="78"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="79"/>
        <source>What was happening. Most photos get none.</source>
        <translation>Lo que estaba pasando. La mayoría de las fotos no tienen ninguno.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="81"/>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="82"/>
        <source>wedding</source>
        <translation>boda</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="84"/>
        <source>concert</source>
        <extracomment>Events: a band or musician playing live</extracomment>
        <translation>concierto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="86"/>
        <source>sports</source>
        <extracomment>Events: a game or match being played</extracomment>
        <translation>deportes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="87"/>
        <source>graduation</source>
        <translation>graduación</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="88"/>
        <source>christmas</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="89"/>
        <source>party</source>
        <translation>fiesta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="91"/>
        <source>hiking</source>
        <extracomment>Events: people walking on trails</extracomment>
        <translation>senderismo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="92"/>
        <source>travel</source>
        <translation>viajes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="97"/>
        <source>COCO objects</source>
        <translation>Objetos de COCO</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="98"/>
        <source>The 80 object categories of COCO; for evaluation against labelled photos.</source>
        <translation>Las 80 categorías de objetos de COCO; para evaluar con fotos ya etiquetadas.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="100"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="101"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="102"/>
        <source>car</source>
        <translation>coche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="103"/>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="104"/>
        <source>airplane</source>
        <translation>avión</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="105"/>
        <source>bus</source>
        <translation>autobús</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="106"/>
        <source>train</source>
        <translation>tren</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="107"/>
        <source>truck</source>
        <translation>camión</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="108"/>
        <source>boat</source>
        <translation>barco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="109"/>
        <source>traffic light</source>
        <translation>semáforo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="110"/>
        <source>fire hydrant</source>
        <translation>boca de incendios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="111"/>
        <source>stop sign</source>
        <translation>señal de stop</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="112"/>
        <source>parking meter</source>
        <translation>parquímetro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="114"/>
        <source>bench</source>
        <extracomment>COCO: the seat</extracomment>
        <translation>banco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="115"/>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="116"/>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="117"/>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="118"/>
        <source>horse</source>
        <translation>caballo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="119"/>
        <source>sheep</source>
        <translation>oveja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="120"/>
        <source>cow</source>
        <translation>vaca</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="121"/>
        <source>elephant</source>
        <translation>elefante</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="122"/>
        <source>bear</source>
        <translation>oso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="123"/>
        <source>zebra</source>
        <translation>cebra</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="124"/>
        <source>giraffe</source>
        <translation>jirafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="125"/>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="126"/>
        <source>umbrella</source>
        <translation>paraguas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="127"/>
        <source>handbag</source>
        <translation>bolso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="129"/>
        <source>tie</source>
        <extracomment>COCO: the necktie</extracomment>
        <translation>corbata</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="130"/>
        <source>suitcase</source>
        <translation>maleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="131"/>
        <source>frisbee</source>
        <translation>frisbi</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="132"/>
        <source>skis</source>
        <translation>esquís</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="133"/>
        <source>snowboard</source>
        <translation>tabla de snowboard</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="135"/>
        <source>sports ball</source>
        <extracomment>COCO: any ball used in a sport</extracomment>
        <translation>balón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="137"/>
        <source>kite</source>
        <extracomment>COCO: the toy kite flown on a string</extracomment>
        <translation>cometa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="138"/>
        <source>baseball bat</source>
        <translation>bate de béisbol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="139"/>
        <source>baseball glove</source>
        <translation>guante de béisbol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="140"/>
        <source>skateboard</source>
        <translation>monopatín</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="141"/>
        <source>surfboard</source>
        <translation>tabla de surf</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="142"/>
        <source>tennis racket</source>
        <translation>raqueta de tenis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="143"/>
        <source>bottle</source>
        <translation>botella</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="144"/>
        <source>wine glass</source>
        <translation>copa de vino</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="146"/>
        <source>cup</source>
        <extracomment>COCO: a cup or mug</extracomment>
        <translation>taza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="147"/>
        <source>fork</source>
        <translation>tenedor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="148"/>
        <source>knife</source>
        <translation>cuchillo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="149"/>
        <source>spoon</source>
        <translation>cuchara</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="151"/>
        <source>bowl</source>
        <extracomment>COCO: the dish</extracomment>
        <translation>cuenco</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="152"/>
        <source>banana</source>
        <translation>plátano</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="153"/>
        <source>apple</source>
        <translation>manzana</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="154"/>
        <source>sandwich</source>
        <translation>sándwich</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="156"/>
        <source>orange</source>
        <extracomment>COCO: the fruit</extracomment>
        <translation>naranja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="157"/>
        <source>broccoli</source>
        <translation>brócoli</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="158"/>
        <source>carrot</source>
        <translation>zanahoria</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="159"/>
        <source>hot dog</source>
        <translation>perrito caliente</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="160"/>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="161"/>
        <source>donut</source>
        <translation>dónut</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="163"/>
        <source>cake</source>
        <extracomment>COCO: the sweet food</extracomment>
        <translation>pastel</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="164"/>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="165"/>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="166"/>
        <source>potted plant</source>
        <translation>planta en maceta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="167"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="168"/>
        <source>dining table</source>
        <translation>mesa de comedor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="169"/>
        <source>toilet</source>
        <translation>inodoro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="171"/>
        <source>tv</source>
        <extracomment>COCO: a television set</extracomment>
        <translation>televisor</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="172"/>
        <source>laptop</source>
        <translation>portátil</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="174"/>
        <source>mouse</source>
        <extracomment>COCO: the computer mouse</extracomment>
        <translation>ratón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="176"/>
        <source>remote</source>
        <extracomment>COCO: the remote control</extracomment>
        <translation>mando a distancia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="178"/>
        <source>keyboard</source>
        <extracomment>COCO: the computer keyboard</extracomment>
        <translation>teclado</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="179"/>
        <source>cell phone</source>
        <translation>teléfono móvil</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="180"/>
        <source>microwave</source>
        <translation>microondas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="181"/>
        <source>oven</source>
        <translation>horno</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="182"/>
        <source>toaster</source>
        <translation>tostadora</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="184"/>
        <source>sink</source>
        <extracomment>COCO: the kitchen or bathroom sink</extracomment>
        <translation>fregadero</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="185"/>
        <source>refrigerator</source>
        <translation>nevera</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="186"/>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="187"/>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="189"/>
        <source>vase</source>
        <extracomment>COCO: the flower vase</extracomment>
        <translation>jarrón</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="190"/>
        <source>scissors</source>
        <translation>tijeras</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="191"/>
        <source>teddy bear</source>
        <translation>osito de peluche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="192"/>
        <source>hair drier</source>
        <translation>secador de pelo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="193"/>
        <source>toothbrush</source>
        <translation>cepillo de dientes</translation>
    </message>
</context>
<context>
    <name>CaptionsWidget</name>
    <message>
        <location filename="../../gui/captions_widget.py" line="61"/>
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="92"/>
        <source>Personalisation learns your words from captions.</source>
        <translation>La personalización aprende tus palabras a partir de las descripciones.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="120"/>
        <source>This library is open read-only: captions cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar las descripciones.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="77"/>
        <source>Double-click a caption to change it</source>
        <translation>Haz doble clic en una descripción para cambiarla</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="81"/>
        <source>Add a caption, e.g. “Rex asleep on the sofa”</source>
        <translation>Ej.: “Rex dormido en el sofá”</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="84"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="86"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="87"/>
        <source>Remove the selected caption</source>
        <translation>Quitar la descripción seleccionada</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="174"/>
        <source>This photo already has that caption.</source>
        <translation>Esta foto ya tiene esa descripción.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/captions_widget.py" line="227"/>
        <source>%Ln captions saved</source>
        <translation>
            <numerusform>%Ln descripción guardada</numerusform>
            <numerusform>%Ln descripciones guardadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="233"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_messages.py" line="40"/>
        <source>too large: {0}x{1} pixels exceeds the {2} MP limit</source>
        <extracomment>{0}x{1}: width x height in pixels; {2}: the limit in megapixels</extracomment>
        <translation>demasiado grande: {0}x{1} píxeles supera el límite de {2} MP</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="42"/>
        <source>too large: {0} MP exceeds the {1} MP decoder limit</source>
        <extracomment>{0}: the photo&apos;s megapixels; {1}: the decoder&apos;s limit in megapixels</extracomment>
        <translation>demasiado grande: {0} MP supera el límite del decodificador de {1} MP</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="43"/>
        <source>too large for the decoder&apos;s safety limit</source>
        <translation>demasiado grande para el límite de seguridad del decodificador</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="44"/>
        <source>file vanished</source>
        <translation>el archivo desapareció</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="45"/>
        <source>file vanished (deleted during the scan, or a broken link)</source>
        <translation>el archivo desapareció (se borró durante el análisis o es un enlace roto)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="46"/>
        <source>is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="47"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="48"/>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="49"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="50"/>
        <source>symlink loop</source>
        <translation>bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="51"/>
        <source>HEIC/HEIF support not installed (pillow-heif)</source>
        <translation>la compatibilidad con HEIC/HEIF no está instalada (pillow-heif)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="52"/>
        <source>not an image (unrecognised data)</source>
        <translation>no es una imagen (datos no reconocidos)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="53"/>
        <source>out of memory while decoding</source>
        <translation>memoria insuficiente al decodificar</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="54"/>
        <source>truncated file</source>
        <translation>archivo truncado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="56"/>
        <source>read error: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>error de lectura: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="58"/>
        <source>corrupt image data ({0})</source>
        <extracomment>{0}: the decoder&apos;s own words</extracomment>
        <translation>datos de imagen dañados ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="59"/>
        <source>bad header</source>
        <translation>cabecera no válida</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="61"/>
        <source>cannot decode ({0})</source>
        <extracomment>{0}: the decoder&apos;s error</extracomment>
        <translation>no se puede decodificar ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="62"/>
        <source>cannot write thumbnail: {0}</source>
        <translation>no se puede guardar la miniatura: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="63"/>
        <source>file name is not valid UTF-8 (rename the file to index it)</source>
        <translation>el nombre del archivo no es UTF-8 válido (cámbiale el nombre para indexarlo)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="64"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="66"/>
        <source>No such file or directory</source>
        <translation>No existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="67"/>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="68"/>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="69"/>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="70"/>
        <source>Disk quota exceeded</source>
        <translation>Se superó la cuota de disco</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="71"/>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="72"/>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="73"/>
        <source>Too many levels of symbolic links</source>
        <translation>Demasiados niveles de enlaces simbólicos</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="74"/>
        <source>File name too long</source>
        <translation>Nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="75"/>
        <source>Is a directory</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="76"/>
        <source>Not a directory</source>
        <translation>No es una carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="77"/>
        <source>Device or resource busy</source>
        <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="79"/>
        <source>There is no library at {0}.</source>
        <translation>No hay ninguna biblioteca en {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="80"/>
        <source>Add a folder first: `photoclip folders add DIR`.</source>
        <translation>Añade primero una carpeta: `photoclip folders add DIR`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="81"/>
        <source>{0} is not a folder.</source>
        <translation>{0} no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="82"/>
        <source>Give the path of an existing folder of photos.</source>
        <translation>Indica la ruta de una carpeta de fotos que exista.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="84"/>
        <source>{0} is already inside the library folder {1}.</source>
        <extracomment>{0}: the folder being added; {1}: a folder of the library that holds it</extracomment>
        <translation>{0} ya está dentro de la carpeta de la biblioteca {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="85"/>
        <source>{0} is not a library folder.</source>
        <translation>{0} no es una carpeta de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="86"/>
        <source>See `photoclip folders list`.</source>
        <translation>Consulta `photoclip folders list`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="87"/>
        <source>The search text is empty.</source>
        <translation>El texto de búsqueda está vacío.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="88"/>
        <source>Describe a photo, e.g. photoclip search &quot;a dog on a beach&quot;.</source>
        <translation>Describe una foto; por ejemplo: photoclip search &quot;un perro en la playa&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="89"/>
        <source>{0} is not a file.</source>
        <translation>{0} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="91"/>
        <source>{0} cannot be read: {1}.</source>
        <extracomment>{0}: a file; {1}: why (a reason such as &quot;truncated file&quot;, or the system&apos;s error)</extracomment>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="93"/>
        <source>A quote in the search is not closed.</source>
        <translation>Hay unas comillas sin cerrar en la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="94"/>
        <source>Close it, e.g. &quot;salt + pepper&quot;.</source>
        <translation>Ciérralas; por ejemplo: &quot;sal + pimienta&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="96"/>
        <source>Nothing follows a “{0}” in the search.</source>
        <extracomment>{0}: the sign, + or -</extracomment>
        <translation>No hay nada después de un “{0}” en la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="97"/>
        <source>Put a description or a photo after each + or -, e.g. dog + beach - night.</source>
        <translation>Pon una descripción o una foto después de cada + o -; por ejemplo: perro + playa - noche.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="99"/>
        <source>The weight {0} is not above zero.</source>
        <extracomment>{0}: the number typed before a colon</extracomment>
        <translation>El peso {0} no es mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="100"/>
        <source>Use a weight such as 2: or 0.5:, or a - sign to subtract a term.</source>
        <translation>Usa un peso como 2: o 0.5:, o un signo - para restar un término.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="101"/>
        <source>The search only says what to leave out.</source>
        <translation>La búsqueda solo dice qué dejar fuera.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="102"/>
        <source>Say what to look for too, e.g. beach - people.</source>
        <translation>Di también qué buscar; por ejemplo: playa - gente.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="103"/>
        <source>Check the path of the photo in the search.</source>
        <translation>Comprueba la ruta de la foto en la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="105"/>
        <source>Photo {0} has not been indexed yet.</source>
        <extracomment>{0}: a photo id</extracomment>
        <translation>La foto {0} todavía no se ha indexado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="106"/>
        <source>Run `photoclip index`.</source>
        <translation>Ejecuta `photoclip index`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="107"/>
        <source>The library at {0} is already open for writing in another photoclip process.</source>
        <translation>La biblioteca de {0} ya está abierta para escritura en otro proceso de photoclip.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="109"/>
        <source>The library at {0} is already open for writing in another photoclip process (pid {1}).</source>
        <extracomment>{1}: a process id</extracomment>
        <translation>La biblioteca de {0} ya está abierta para escritura en otro proceso de photoclip (pid {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="110"/>
        <source>Only one process can change a library at a time. Stop the other one (for example a running `photoclip watch`) and try again; `photoclip search`, `similar` and `status` still work meanwhile.</source>
        <translation>Solo un proceso puede modificar una biblioteca a la vez. Detén el otro (por ejemplo, un `photoclip watch` en marcha) y vuelve a intentarlo; mientras tanto, `photoclip search`, `similar` y `status` siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="115"/>
        <source>The library catalog {0} is damaged ({1}).</source>
        <extracomment>{0}: the catalog file; {1}: SQLite&apos;s error</extracomment>
        <translation>El catálogo de la biblioteca {0} está dañado ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="116"/>
        <source>The library catalog {0} cannot be read: {1}.</source>
        <translation>No se puede leer el catálogo de la biblioteca {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="117"/>
        <source>The library catalog {0} cannot be read or written ({1}).</source>
        <translation>No se puede leer ni escribir el catálogo de la biblioteca {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="118"/>
        <source>The disk is full: the library catalog {0} cannot grow. The change in progress was not stored; everything before it is kept.</source>
        <translation>El disco está lleno: el catálogo de la biblioteca {0} no puede crecer. El cambio en curso no se guardó; todo lo anterior se conserva.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="122"/>
        <source>Free some disk space and run the command again.</source>
        <translation>Libera espacio en disco y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="123"/>
        <source>Check the disk (full, unplugged or failing?) and run the command again.</source>
        <translation>Revisa el disco (¿lleno, desconectado o averiado?) y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="125"/>
        <source>The catalog {0} was written by a newer photoclip (schema {1}, this one knows {2}).</source>
        <extracomment>{1}: the catalog&apos;s schema version; {2}: the newest this photoclip knows</extracomment>
        <translation>El catálogo {0} lo escribió un photoclip más reciente (esquema {1}; esta versión conoce hasta el {2}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="126"/>
        <source>Upgrade photoclip, or point --home at another library.</source>
        <translation>Actualiza photoclip o indica otra biblioteca con --home.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="127"/>
        <source>The catalog {0} could not be backed up before upgrading it: {1}.</source>
        <translation>No se pudo hacer una copia de seguridad del catálogo {0} antes de actualizarlo: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="128"/>
        <source>Free some disk space and run the command again; the catalog was not changed.</source>
        <translation>Libera espacio en disco y vuelve a ejecutar el comando; el catálogo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="129"/>
        <source>A backup made before the last upgrade is at {0}. Move the damaged file aside and copy the backup in its place.</source>
        <translation>Hay una copia de seguridad de antes de la última actualización en {0}. Aparta el archivo dañado y copia la copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="133"/>
        <source>Move {0} aside and run `photoclip index` to build a new catalog (photos are re-scanned).</source>
        <translation>Aparta {0} y ejecuta `photoclip index` para crear un catálogo nuevo (las fotos se vuelven a analizar).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="135"/>
        <source>Stored vectors for {0} have {1} dimensions, expected {2}.</source>
        <extracomment>{0}: a model name; {1} and {2}: numbers of dimensions</extracomment>
        <translation>Los vectores guardados para {0} tienen {1} dimensiones; se esperaban {2}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="136"/>
        <source>The search index {0} cannot be saved: {1}.</source>
        <translation>No se puede guardar el índice de búsqueda {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="137"/>
        <source>Free some disk space. Nothing is lost: the index is brought up to date from the catalog when it is next opened.</source>
        <translation>Libera espacio en disco. No se pierde nada: el índice se pone al día a partir del catálogo la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="141"/>
        <source>The indexing service needs a library opened for writing.</source>
        <translation>El servicio de indexación necesita una biblioteca abierta para escritura.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="143"/>
        <source>Cannot watch {0} for changes ({1}); it is still rescanned every few minutes.</source>
        <extracomment>{0}: a folder; {1}: the system&apos;s error</extracomment>
        <translation>No se pueden vigilar los cambios en {0} ({1}); se sigue revisando cada pocos minutos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="144"/>
        <source>Cannot watch {0} for changes ({1}); it is still rescanned every few minutes. On Linux, raise fs.inotify.max_user_watches.</source>
        <translation>No se pueden vigilar los cambios en {0} ({1}); se sigue revisando cada pocos minutos. En Linux, aumenta fs.inotify.max_user_watches.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="148"/>
        <source>The settings file {0} cannot be read: {1}.</source>
        <translation>No se puede leer el archivo de ajustes {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="150"/>
        <source>The folder {0} cannot be created: {1}.</source>
        <extracomment>{0}: a folder the user chose to copy photos to; {1}: the operating system&apos;s reason</extracomment>
        <translation>No se puede crear la carpeta {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="151"/>
        <source>Fix or delete it to use the defaults.</source>
        <translation>Corrígelo o bórralo para usar los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="152"/>
        <source>The settings file {0} does not hold a JSON object.</source>
        <translation>El archivo de ajustes {0} no contiene un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="153"/>
        <source>Fix or delete it.</source>
        <translation>Corrígelo o bórralo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="246"/>
        <source>Unknown model {0}.</source>
        <translation>Modelo desconocido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="247"/>
        <source>Known models: {0}.</source>
        <translation>Modelos conocidos: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="249"/>
        <source>The weights of model {0} are missing ({1}).</source>
        <extracomment>{1}: the expected weights file</extracomment>
        <translation>Faltan los pesos del modelo {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="250"/>
        <source>Model {0} has no weights file name in the registry.</source>
        <translation>El modelo {0} no tiene nombre de archivo de pesos en el registro.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="252"/>
        <source>Cannot download model {0}: {1} is unreachable ({2}).</source>
        <extracomment>{1}: the download server; {2}: why it cannot be reached</extracomment>
        <translation>No se puede descargar el modelo {0}: no se puede acceder a {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="253"/>
        <source>Check the address (HF_ENDPOINT is {0}) or try again later.</source>
        <translation>Comprueba la dirección (HF_ENDPOINT es {0}) o vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="254"/>
        <source>Cannot download {0}: {1}.</source>
        <translation>No se puede descargar {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="256"/>
        <source>Cannot load model {0} ({1}) from {2}: {3}</source>
        <extracomment>{0}: the model; {1}: its architecture; {2}: the weights file; {3}: the error</extracomment>
        <translation>No se puede cargar el modelo {0} ({1}) desde {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="257"/>
        <source>The file may be damaged or for another architecture: delete it and download or import it again.</source>
        <translation>Puede que el archivo esté dañado o sea de otra arquitectura: bórralo y vuelve a descargarlo o importarlo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="261"/>
        <source>No such file: {0}</source>
        <translation>No existe el archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="262"/>
        <source>Import refused: this file contains pickled code or Python objects other than tensors ({0}), and photoclip never executes code from a weights file.</source>
        <translation>Importación rechazada: este archivo contiene código serializado (pickle) u objetos de Python que no son tensores ({0}), y photoclip nunca ejecuta código de un archivo de pesos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="266"/>
        <source>Get the model&apos;s .safetensors (or plain state-dict .bin) file instead, or convert it on a machine where you trust its origin.</source>
        <translation>Consigue en su lugar el archivo .safetensors del modelo (o un .bin que sea solo un state dict), o conviértelo en un equipo donde confíes en su origen.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="270"/>
        <source>{0} is not a valid safetensors file ({1}).</source>
        <translation>{0} no es un archivo safetensors válido ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="271"/>
        <source>not a valid safetensors file ({0})</source>
        <translation>no es un archivo safetensors válido ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="272"/>
        <source>Cannot read {0} as a PyTorch checkpoint ({1}).</source>
        <translation>No se puede leer {0} como checkpoint de PyTorch ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="273"/>
        <source>The file does not contain a state dict (a mapping of names to tensors).</source>
        <translation>El archivo no contiene un state dict (una correspondencia de nombres a tensores).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="274"/>
        <source>the file holds no tensors</source>
        <translation>el archivo no contiene tensores</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="275"/>
        <source>{0} holds non-tensor entries ({1}).</source>
        <translation>{0} contiene entradas que no son tensores ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="276"/>
        <source>it holds no image-tower (&apos;visual.*&apos;) weights, so it is not a {0} model</source>
        <translation>no contiene pesos de la torre de imagen (&apos;visual.*&apos;), así que no es un modelo {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="277"/>
        <source>Cannot build the {0} architecture: {1}</source>
        <translation>No se puede construir la arquitectura {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="279"/>
        <source>The weights do not match the {0} architecture: {1}.</source>
        <extracomment>{1}: what does not match (missing keys, unexpected keys, wrong sizes)</extracomment>
        <translation>Los pesos no corresponden a la arquitectura {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="280"/>
        <source>The weights do not match the {0} architecture: {1}. Is {2} really a {3} checkpoint?</source>
        <translation>Los pesos no corresponden a la arquitectura {0}: {1}. ¿Es {2} realmente un checkpoint {3}?</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="282"/>
        <source>missing keys: {0}</source>
        <extracomment>{0}: names of weights</extracomment>
        <translation>faltan claves: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="283"/>
        <source>unexpected keys: {0}</source>
        <translation>claves inesperadas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="284"/>
        <source>wrong sizes: {0}</source>
        <translation>tamaños incorrectos: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="285"/>
        <source>The list of imported models ({0}) is damaged: {1}.</source>
        <translation>La lista de modelos importados ({0}) está dañada: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="286"/>
        <source>Delete it and import the models again.</source>
        <translation>Bórrala y vuelve a importar los modelos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="287"/>
        <source>Invalid model name {0}.</source>
        <translation>Nombre de modelo no válido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="288"/>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64 characters).</source>
        <translation>Usa letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; (como máximo 64 caracteres).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="289"/>
        <source>The name {0} is already used by a built-in model.</source>
        <translation>El nombre {0} ya lo usa un modelo incluido.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="290"/>
        <source>The name {0} is already used by an imported model.</source>
        <translation>El nombre {0} ya lo usa un modelo importado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="292"/>
        <source>--device {0} was asked for, but no CUDA GPU is available.</source>
        <extracomment>{0}: a device name such as cuda</extracomment>
        <translation>Se pidió --device {0}, pero no hay ninguna GPU CUDA disponible.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="293"/>
        <source>--device mps was asked for, but Apple MPS is not available.</source>
        <translation>Se pidió --device mps, pero Apple MPS no está disponible.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="294"/>
        <source>Use --device cpu.</source>
        <translation>Usa --device cpu.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="295"/>
        <source>Unknown device {0}.</source>
        <translation>Dispositivo desconocido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="296"/>
        <source>Use auto, cpu, cuda or mps.</source>
        <translation>Usa auto, cpu, cuda o mps.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="297"/>
        <source>Unknown precision {0}.</source>
        <translation>Precisión desconocida: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="298"/>
        <source>Use auto, fp32 or bf16.</source>
        <translation>Usa auto, fp32 o bf16.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="299"/>
        <source>Unknown open_clip architecture {0}.</source>
        <translation>Arquitectura de open_clip desconocida: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="301"/>
        <source>Did you mean one of: {0}? (`python -c &quot;import open_clip; print(open_clip.list_models())&quot;` lists all {1}.)</source>
        <extracomment>{0}: architectures; {1}: how many there are. Keep the command in backquotes as it is</extracomment>
        <translation>¿Querías decir una de estas: {0}? (`python -c &quot;import open_clip; print(open_clip.list_models())&quot;` muestra las {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="306"/>
        <source>The model {0} cannot be personalised: its projection heads are not plain matrices.</source>
        <translation>El modelo {0} no se puede personalizar: sus capas de proyección no son matrices simples.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="307"/>
        <source>Personalise an OpenCLIP ViT model such as vit-b-32.</source>
        <translation>Personaliza un modelo ViT de OpenCLIP, como vit-b-32.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="308"/>
        <source>The model {0} cannot be personalised.</source>
        <translation>El modelo {0} no se puede personalizar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="309"/>
        <source>Photos are still being embedded with {0}.</source>
        <translation>Todavía se están procesando fotos con {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="310"/>
        <source>Run `photoclip index` to finish the model switch, then personalise.</source>
        <translation>Ejecuta `photoclip index` para terminar el cambio de modelo y después personaliza.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="312"/>
        <source>Not applied: the trained heads do not improve held-out recall ({0}).</source>
        <extracomment>{0}: the held-out recall before and after (translated on its own)</extracomment>
        <translation>No se aplicó: las capas entrenadas no mejoran el acierto en validación ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="313"/>
        <source>held-out recall before: {0}; after: {1}</source>
        <translation>acierto en validación antes: {0}; después: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="315"/>
        <source>R@1 {0}%  R@5 {1}%  R@10 {2}%</source>
        <extracomment>Recall at 1, 5 and 10 as percentages; only the numbers&apos; format may need to change</extracomment>
        <translation>R@1 {0}&#xa0;%  R@5 {1}&#xa0;%  R@10 {2}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="316"/>
        <source>Add more captions, or captions that describe what you search for, and train again.</source>
        <translation>Añade más descripciones, o descripciones que digan lo que buscas, y vuelve a entrenar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="318"/>
        <source>This result personalises {0}, but searches use {1}.</source>
        <extracomment>{0}: the model the result was trained for; {1}: the model searches use</extracomment>
        <translation>Este resultado personaliza {0}, pero las búsquedas usan {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="320"/>
        <source>The profile {0} does not fit {1} ({2} != {3} dimensions).</source>
        <extracomment>{2} and {3}: numbers of dimensions</extracomment>
        <translation>El perfil {0} no corresponde a {1} ({2} != {3} dimensiones).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="321"/>
        <source>Personalisation needs captions on at least {0} indexed photos; {1} have them.</source>
        <translation>La personalización necesita descripciones en al menos {0} fotos indexadas; ahora las tienen {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="322"/>
        <source>Add captions (photoclip captions import FILE.csv) and index the photos first.</source>
        <translation>Añade descripciones (photoclip captions import FILE.csv) e indexa antes las fotos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="323"/>
        <source>Personalisation needs captioned photos both to train on and to hold out.</source>
        <translation>La personalización necesita fotos con descripción tanto para entrenar como para reservar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="325"/>
        <source>There is no personalisation profile {0} for {1}.</source>
        <extracomment>{0}: a profile name; {1}: a model</extracomment>
        <translation>No hay ningún perfil de personalización {0} para {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="326"/>
        <source>Saved profiles: {0}.</source>
        <translation>Perfiles guardados: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="327"/>
        <source>The profile file {0} cannot be read: {1}.</source>
        <translation>No se puede leer el archivo de perfil {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="328"/>
        <source>Delete it and train again.</source>
        <translation>Bórralo y vuelve a entrenar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="330"/>
        <source>{0} does not exist.</source>
        <translation>{0} no existe.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="332"/>
        <source>{0} is not UTF-8 text ({1}).</source>
        <extracomment>{1}: the decoder&apos;s words</extracomment>
        <translation>{0} no es texto UTF-8 ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="333"/>
        <source>Save it as UTF-8 CSV.</source>
        <translation>Guárdalo como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="334"/>
        <source>{0} is not a readable CSV file: {1}.</source>
        <translation>{0} no es un archivo CSV legible: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="336"/>
        <source>expected 2 columns (path,caption), found {0} (quote captions that contain commas)</source>
        <extracomment>{0}: a number of columns</extracomment>
        <translation>se esperaban 2 columnas (ruta,descripción) y hay {0} (pon entre comillas las descripciones que tengan comas)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="339"/>
        <source>the photo path is empty</source>
        <translation>la ruta de la foto está vacía</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="340"/>
        <source>the caption is empty</source>
        <translation>la descripción está vacía</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="341"/>
        <source>no such photo: {0}</source>
        <translation>no existe la foto: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="342"/>
        <source>photo not in the library: {0} (add its folder and run `photoclip index`)</source>
        <translation>la foto no está en la biblioteca: {0} (añade su carpeta y ejecuta `photoclip index`)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="343"/>
        <source>photo was removed from the library: {0}</source>
        <translation>la foto se quitó de la biblioteca: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="346"/>
        <source>{0}, line {1}: {2}</source>
        <extracomment>{0}: a file; {1}: a line number; {2}: what is wrong</extracomment>
        <translation>{0}, línea {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="347"/>
        <source>Fix the file and import it again (see `photoclip tags export` for a valid example).</source>
        <translation>Corrige el archivo y vuelve a importarlo (consulta `photoclip tags export` para ver un ejemplo válido).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="348"/>
        <source>{0} is neither a .toml nor a .json file.</source>
        <translation>{0} no es un archivo .toml ni .json.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="349"/>
        <source>Tag sets are TOML or JSON files.</source>
        <translation>Los conjuntos de etiquetas son archivos TOML o JSON.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="350"/>
        <source>Cannot read {0}: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="351"/>
        <source>Cannot write {0}: {1}.</source>
        <translation>No se puede escribir {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="352"/>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="354"/>
        <source>not valid TOML: {0}</source>
        <extracomment>{0}: the TOML reader&apos;s own words</extracomment>
        <translation>TOML no válido: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="356"/>
        <source>not valid JSON: {0} (column {1})</source>
        <extracomment>{0}: the JSON reader&apos;s own words; {1}: a column number</extracomment>
        <translation>JSON no válido: {0} (columna {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="357"/>
        <source>nested too deeply to be a tag set (arrays or tables inside each other thousands of times)</source>
        <translation>demasiado anidado para ser un conjunto de etiquetas (listas o tablas unas dentro de otras miles de veces)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="358"/>
        <source>the file must hold a table (TOML) or an object (JSON) at the top</source>
        <translation>el archivo debe contener una tabla (TOML) o un objeto (JSON) en el nivel superior</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="360"/>
        <source>unknown key {0} (known keys: {1})</source>
        <extracomment>{0}: a key of the file; {1}: the keys it may have</extracomment>
        <translation>clave desconocida {0} (claves conocidas: {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="361"/>
        <source>unknown key {0} (a tag knows: {1})</source>
        <translation>clave desconocida {0} (una etiqueta admite: {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="362"/>
        <source>missing key {0}</source>
        <translation>falta la clave {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="363"/>
        <source>missing key &apos;tags&apos; (the list of tags)</source>
        <translation>falta la clave &apos;tags&apos; (la lista de etiquetas)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="365"/>
        <source>a set name cannot contain {0}</source>
        <extracomment>{0}: a character</extracomment>
        <translation>el nombre de un conjunto no puede contener {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="366"/>
        <source>a label cannot contain {0}</source>
        <translation>un nombre de etiqueta no puede contener {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="368"/>
        <source>mode must be &quot;exclusive&quot; or &quot;multi&quot;, not {0}</source>
        <extracomment>&quot;exclusive&quot; and &quot;multi&quot; are words of the file: keep them in English</extracomment>
        <translation>mode debe ser &quot;exclusive&quot; o &quot;multi&quot;, no {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="369"/>
        <source>&apos;tags&apos; must be a non-empty list</source>
        <translation>&apos;tags&apos; debe ser una lista no vacía</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="370"/>
        <source>too many tags ({0}; at most {1})</source>
        <translation>demasiadas etiquetas ({0}; como máximo {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="372"/>
        <source>an exclusive set needs at least 2 tags (use mode = &quot;multi&quot; for one)</source>
        <extracomment>mode = &quot;multi&quot; is a line of the file: keep it in English</extracomment>
        <translation>un conjunto exclusivo necesita al menos 2 etiquetas (usa mode = &quot;multi&quot; para una sola)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="373"/>
        <source>a tag must be a label (a string) or a table with &apos;label&apos;</source>
        <translation>una etiqueta debe ser un nombre (un texto) o una tabla con &apos;label&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="375"/>
        <source>the label {0} is already used by tags[{1}]</source>
        <extracomment>{0}: a label; {1}: the number of the tag that has it</extracomment>
        <translation>el nombre {0} ya lo usa tags[{1}]</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="376"/>
        <source>&apos;prompts&apos; must be a list of non-empty strings</source>
        <translation>&apos;prompts&apos; debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="377"/>
        <source>at most {0} prompts of at most {1} characters</source>
        <translation>como máximo {0} textos de como máximo {1} caracteres</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="379"/>
        <source>{0} must be a non-empty string</source>
        <extracomment>{0}: a key of the file, such as &apos;label&apos;</extracomment>
        <translation>{0} debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="380"/>
        <source>{0} is too long (at most {1} characters)</source>
        <translation>{0} es demasiado largo (como máximo {1} caracteres)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="381"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} debe ser un número, no {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="382"/>
        <source>{0} must be between {1} and {2}, not {3}</source>
        <translation>{0} debe estar entre {1} y {2}, no {3}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="383"/>
        <source>&apos;templates&apos; must be a name or a non-empty list of texts</source>
        <translation>&apos;templates&apos; debe ser un nombre o una lista de textos no vacía</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="385"/>
        <source>unknown template set {0} (use {1} or a list of texts with {{}})</source>
        <extracomment>{{}} is the place where a template puts the label: keep it as it is</extracomment>
        <translation>conjunto de plantillas desconocido {0} (usa {1} o una lista de textos con {{}})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="386"/>
        <source>the template {0} has no {{}} where the label goes</source>
        <translation>la plantilla {0} no tiene {{}} donde va el nombre de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="387"/>
        <source>at most {0} templates</source>
        <translation>como máximo {0} plantillas</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="388"/>
        <source>There is no tag set named {0}.</source>
        <translation>No hay ningún conjunto de etiquetas llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="389"/>
        <source>See `photoclip tags list`.</source>
        <translation>Consulta `photoclip tags list`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="390"/>
        <source>A tag set named {0} exists already.</source>
        <translation>Ya existe un conjunto de etiquetas llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="391"/>
        <source>Choose another name.</source>
        <translation>Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="392"/>
        <source>Choose another name, or replace it.</source>
        <translation>Elige otro nombre o reemplázalo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="393"/>
        <source>There is no built-in tag set {0}.</source>
        <translation>No hay ningún conjunto de etiquetas predefinido {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="394"/>
        <source>Built-in sets: {0}.</source>
        <translation>Conjuntos predefinidos: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="395"/>
        <source>There is no tag {0}.</source>
        <translation>No hay ninguna etiqueta {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="396"/>
        <source>See `photoclip tags list`; name a tag as LABEL or SET|LABEL.</source>
        <translation>Consulta `photoclip tags list`; indica una etiqueta como LABEL o SET|LABEL.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="397"/>
        <source>The tag {0} is in several sets: {1}.</source>
        <translation>La etiqueta {0} está en varios conjuntos: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="398"/>
        <source>Name it as SET|LABEL.</source>
        <translation>Indícala como SET|LABEL.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="399"/>
        <source>{0} is not a photo of this library.</source>
        <translation>{0} no es una foto de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="400"/>
        <source>Give a path shown by `photoclip tags show` or a photo id.</source>
        <translation>Indica una ruta que muestre `photoclip tags show` o un id de foto.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="401"/>
        <source>{0} has no labelled photos.</source>
        <translation>{0} no tiene fotos etiquetadas.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="402"/>
        <source>None of the photos listed in {0} could be read.</source>
        <translation>No se pudo leer ninguna de las fotos de la lista {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="403"/>
        <source>Check that they are below {0}.</source>
        <translation>Comprueba que estén dentro de {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="405"/>
        <source>Cannot read {0} as file,categories CSV: {1}.</source>
        <extracomment>{0}: a file; {1}: the CSV reader&apos;s words</extracomment>
        <translation>No se puede leer {0} como CSV de file,categories: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="406"/>
        <source>This library&apos;s catalog predates tag sets and is open read-only.</source>
        <translation>El catálogo de esta biblioteca es anterior a los conjuntos de etiquetas y está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="407"/>
        <source>Run any photoclip command that writes (e.g. `photoclip status` while `photoclip watch` is not running) to upgrade it.</source>
        <translation>Ejecuta cualquier comando de photoclip que escriba (por ejemplo, `photoclip status` mientras `photoclip watch` no esté en marcha) para actualizarlo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="413"/>
        <source>The threshold must be above 0 and at most 1, not {0}.</source>
        <extracomment>{0}: the number the user gave</extracomment>
        <translation>El umbral debe ser mayor que 0 y como mucho 1, no {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="414"/>
        <source>Near copies score close to 1; the default is 0.99.</source>
        <translation>Las copias casi idénticas puntúan cerca de 1; el valor predeterminado es 0,99.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="415"/>
        <source>The library is open read-only: nothing can be moved.</source>
        <translation>La biblioteca está abierta en solo lectura: no se puede mover nada.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="416"/>
        <source>Stop `photoclip watch` (or the app) and try again.</source>
        <translation>Detén `photoclip watch` (o la aplicación) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="418"/>
        <source>The threshold must be between {0} and 1 to regroup, not {1}.</source>
        <extracomment>{0}: the lowest threshold the search ran at; {1}: the number asked for</extracomment>
        <translation>Para reagrupar, el umbral debe estar entre {0} y 1, no {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="419"/>
        <source>Find the duplicates again at the lower threshold.</source>
        <translation>Vuelva a buscar los duplicados con el umbral más bajo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="422"/>
        <source>not moved: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>no se movió: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="423"/>
        <source>not moved: the file changed since it was compared</source>
        <translation>no se movió: el archivo cambió desde que se comparó</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="425"/>
        <source>not restored: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>no se devolvió: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="427"/>
        <source>not restored: another file is there now (the copy stays at {0})</source>
        <extracomment>{0}: where the copy is kept, in the library&apos;s holding folder</extracomment>
        <translation>no se devolvió: ahora hay otro archivo en su lugar (la copia se queda en {0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="428"/>
        <source>restored; run `photoclip index` to bring it back into search</source>
        <translation>devuelta; ejecute `photoclip index` para que vuelva a aparecer en las búsquedas</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="429"/>
        <source>the file is gone (run `photoclip index` to catch up)</source>
        <translation>el archivo ya no está (ejecute `photoclip index` para ponerse al día)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="431"/>
        <source>That album no longer exists.</source>
        <translation>Ese álbum ya no existe.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="432"/>
        <source>It was deleted; the photos in it are still in the library.</source>
        <translation>Se eliminó; sus fotos siguen en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="434"/>
        <source>There is no album called {0}.</source>
        <extracomment>{0}: the album name the user typed</extracomment>
        <translation>No hay ningún álbum llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="436"/>
        <source>Your albums: {0}.</source>
        <extracomment>{0}: the names of the user&apos;s albums, or &quot;none yet&quot;</extracomment>
        <translation>Tus álbumes: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="437"/>
        <source>An album needs a name.</source>
        <translation>Un álbum necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="439"/>
        <source>An album name can have at most {0} characters.</source>
        <extracomment>{0}: a number of characters</extracomment>
        <translation>El nombre de un álbum puede tener como máximo {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="441"/>
        <source>There is already an album called {0}.</source>
        <extracomment>{0}: the album name</extracomment>
        <translation>Ya hay un álbum llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="156"/>
        <source>{0} is a TorchScript model (such as OpenAI&apos;s original ViT-B-32.pt), which photoclip does not import: it holds program code, not only weights.</source>
        <extracomment>{0}: a file name</extracomment>
        <translation>{0} es un modelo TorchScript (como el ViT-B-32.pt original de OpenAI), que photoclip no importa: contiene código de programa, no solo pesos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="160"/>
        <source>Use the model&apos;s open_clip weights instead; for OpenAI&apos;s ViT-B-32 that is open_clip_model.safetensors of timm/vit_base_patch32_clip_224.openai on the Hugging Face hub, imported with the architecture ViT-B-32-quickgelu.</source>
        <translation>Use en su lugar los pesos open_clip del modelo; para el ViT-B-32 de OpenAI es open_clip_model.safetensors de timm/vit_base_patch32_clip_224.openai en el hub de Hugging Face, importado con la arquitectura ViT-B-32-quickgelu.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="164"/>
        <source>{0} is a Hugging Face transformers CLIP checkpoint, not an open_clip one: photoclip cannot use this format.</source>
        <translation>{0} es un checkpoint CLIP de Hugging Face transformers, no uno de open_clip: photoclip no puede usar este formato.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="165"/>
        <source>Take the open_clip file from the same Hugging Face repository instead (open_clip_model.safetensors or open_clip_pytorch_model.bin).</source>
        <translation>Tome en su lugar el archivo open_clip del mismo repositorio de Hugging Face (open_clip_model.safetensors u open_clip_pytorch_model.bin).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="170"/>
        <source>Check the architecture: is {0} really a {1} checkpoint?</source>
        <extracomment>{0}: a file name; {1}: an architecture</extracomment>
        <translation>Compruebe la arquitectura: ¿es {0} realmente un checkpoint {1}?</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="171"/>
        <source>{0} is a plain weights file, so photoclip needs to be told its open_clip architecture (such as ViT-B-32).</source>
        <translation>{0} es un archivo de pesos simple, así que hay que indicar a photoclip su arquitectura open_clip (como ViT-B-32).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="172"/>
        <source>Give the architecture, or import a model archive instead (exported by photoclip): it carries it.</source>
        <translation>Indique la arquitectura, o importe en su lugar un archivo de modelo (exportado por photoclip): la incluye.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="174"/>
        <source>Cannot import {0}: expected an open_clip checkpoint ({1}) or a photoclip model archive.</source>
        <extracomment>{1}: the accepted file name endings</extracomment>
        <translation>No se puede importar {0}: se esperaba un checkpoint de open_clip ({1}) o un archivo de modelo de photoclip.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="175"/>
        <source>{0} was made by a newer photoclip (archive format {1}).</source>
        <translation>{0} fue creado por un photoclip más reciente (formato de archivo {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="176"/>
        <source>Update photoclip on this machine, or export the model with this version.</source>
        <translation>Actualice photoclip en este equipo, o exporte el modelo con esta versión.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="178"/>
        <source>The model archive {0} is damaged ({1}).</source>
        <extracomment>{1}: what is wrong, in the words of the program that read it</extracomment>
        <translation>El archivo de modelo {0} está dañado ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="180"/>
        <source>The model archive {0} is damaged: {1}</source>
        <extracomment>{1}: another message</extracomment>
        <translation>El archivo de modelo {0} está dañado: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="182"/>
        <source>The model archive {0} is damaged: {1} does not match its checksum.</source>
        <extracomment>{1}: a file inside the archive</extracomment>
        <translation>El archivo de modelo {0} está dañado: {1} no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="183"/>
        <source>The model archive {0} is damaged (it lacks {1}).</source>
        <translation>El archivo de modelo {0} está dañado (le falta {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="184"/>
        <source>The model archive {0} lacks the text encoder files of {1}.</source>
        <translation>Al archivo de modelo {0} le faltan los archivos del codificador de texto de {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="185"/>
        <source>Export the model again and copy the archive once more.</source>
        <translation>Exporte el modelo de nuevo y copie el archivo otra vez.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="186"/>
        <source>The archive {0} holds other weights than the built-in model {1} (architecture {2}, sha256 {3}).</source>
        <translation>El archivo {0} contiene otros pesos que los del modelo integrado {1} (arquitectura {2}, sha256 {3}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="187"/>
        <source>Import it under another name.</source>
        <translation>Impórtelo con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="189"/>
        <source>The hub at {0} has no {1}.</source>
        <extracomment>{0}: a web address; {1}: what it lacks (translated on its own)</extracomment>
        <translation>El hub en {0} no tiene {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="191"/>
        <source>revision {0} of {1}</source>
        <extracomment>{0}: a commit; {1}: a repository</extracomment>
        <translation>la revisión {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="193"/>
        <source>{0} at revision {1} of {2}</source>
        <extracomment>{0}: a file; {1}: a commit; {2}: a repository</extracomment>
        <translation>{0} en la revisión {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="194"/>
        <source>the repository {0}</source>
        <translation>el repositorio {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="195"/>
        <source>A mirror may lack it: check HF_ENDPOINT, or set up the model from a file.</source>
        <translation>Puede que un espejo no lo tenga: compruebe HF_ENDPOINT, o instale el modelo desde un archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="196"/>
        <source>{0} does not answer like a Hugging Face hub (no commit or ETag for {1}).</source>
        <translation>{0} no responde como un hub de Hugging Face (sin commit ni ETag para {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="197"/>
        <source>HF_ENDPOINT must be the address of a Hugging Face hub or mirror.</source>
        <translation>HF_ENDPOINT debe ser la dirección de un hub de Hugging Face o de un espejo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="199"/>
        <source>Downloading {0} failed: HTTP {1}.</source>
        <extracomment>{1}: an HTTP status code</extracomment>
        <translation>La descarga de {0} falló: HTTP {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="200"/>
        <source>Downloading {0} from {1} failed: HTTP {2}.</source>
        <translation>La descarga de {0} desde {1} falló: HTTP {2}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="202"/>
        <source>The download of {0} broke off after {1} of {2} MB.</source>
        <extracomment>{1}, {2}: megabytes</extracomment>
        <translation>La descarga de {0} se interrumpió tras {1} de {2} MB.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="203"/>
        <source>Run it again: the download resumes where it stopped.</source>
        <translation>Vuelva a ejecutarla: la descarga continúa donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="205"/>
        <source>Not enough disk space for {0} in {1}: {2} MB are needed, {3} MB are free.</source>
        <extracomment>{0}: a file; {1}: a folder</extracomment>
        <translation>No hay espacio suficiente en disco para {0} en {1}: se necesitan {2} MB, hay {3} MB libres.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="206"/>
        <source>Not enough disk space for {0} in {1}.</source>
        <translation>No hay espacio suficiente en disco para {0} en {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="207"/>
        <source>Free some space on that disk (or move the Hugging Face cache with HF_HOME) and try again.</source>
        <translation>Libere espacio en ese disco (o mueva la caché de Hugging Face con HF_HOME) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="208"/>
        <source>The model {0} needs the Python package {1} for its text encoder (architecture {2}), and it is not installed.</source>
        <translation>El modelo {0} necesita el paquete de Python {1} para su codificador de texto (arquitectura {2}), y no está instalado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="209"/>
        <source>photoclip depends on it: install photoclip again (with pip) in this environment to get it.</source>
        <translation>photoclip depende de él: vuelva a instalar photoclip (con pip) en este entorno para obtenerlo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="210"/>
        <source>Download them again, or import them.</source>
        <translation>Descárguelos de nuevo, o impórtelos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="211"/>
        <source>The text encoder files of model {0} are missing.</source>
        <translation>Faltan los archivos del codificador de texto del modelo {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="212"/>
        <source>Download the model again, or import it.</source>
        <translation>Descargue el modelo de nuevo, o impórtelo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="213"/>
        <source>The files of imported model {0} are missing from {1}.</source>
        <translation>Faltan los archivos del modelo importado {0} en {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="214"/>
        <source>Import the model again.</source>
        <translation>Importe el modelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="215"/>
        <source>The model {0} is not on this machine yet, and downloads are off (HF_HUB_OFFLINE is set).</source>
        <translation>El modelo {0} aún no está en este equipo, y las descargas están desactivadas (HF_HUB_OFFLINE está definido).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="216"/>
        <source>The model {0} is not on this machine yet.</source>
        <translation>El modelo {0} aún no está en este equipo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="218"/>
        <source>To set it up without a network, export it to a file on a machine that has it and import that file here, or copy a Hugging Face cache that holds it to {0}.</source>
        <extracomment>{0}: a folder</extracomment>
        <translation>Para instalarlo sin red, expórtelo a un archivo en un equipo que lo tenga e importe ese archivo aquí, o copie una caché de Hugging Face que lo contenga en {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="223"/>
        <source>The downloaded file {0} of model {1} is corrupt and was deleted: {2}</source>
        <extracomment>{2}: why (translated on its own)</extracomment>
        <translation>El archivo descargado {0} del modelo {1} está dañado y se eliminó: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="224"/>
        <source>The downloaded file {0} of model {1} is corrupt and was deleted: it does not match the checksum the server announced.</source>
        <translation>El archivo descargado {0} del modelo {1} está dañado y se eliminó: no coincide con la suma de comprobación que anunció el servidor.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="225"/>
        <source>Try again; if it keeps failing, check HF_ENDPOINT ({0}).</source>
        <translation>Inténtelo de nuevo; si sigue fallando, compruebe HF_ENDPOINT ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="226"/>
        <source>Try again; if it keeps failing, the server (HF_ENDPOINT: {0}) serves another file than the one pinned.</source>
        <translation>Inténtelo de nuevo; si sigue fallando, el servidor (HF_ENDPOINT: {0}) sirve otro archivo distinto del fijado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="228"/>
        <source>The weights file {0} of model {1} is not the one pinned for it (its sha256 is {2}, not {3}).</source>
        <extracomment>{2}, {3}: checksums</extracomment>
        <translation>El archivo de pesos {0} del modelo {1} no es el fijado para él (su sha256 es {2}, no {3}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="230"/>
        <source>photoclip does not use it ({0}): delete it and download the model again.</source>
        <extracomment>{0}: the file&apos;s path</extracomment>
        <translation>photoclip no lo usa ({0}): elimínelo y descargue el modelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="231"/>
        <source>The weights file {0} of model {1} is not the one this library verified first for it (its sha256 is {2}, not {3}); embeddings made with other weights would not mix.</source>
        <translation>El archivo de pesos {0} del modelo {1} no es el que esta biblioteca verificó primero para él (su sha256 es {2}, no {3}); los embeddings hechos con otros pesos no se mezclarían.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="235"/>
        <source>photoclip does not use it ({0}): delete it, or import it as a model of another name.</source>
        <translation>photoclip no lo usa ({0}): elimínelo, o impórtelo como un modelo con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="236"/>
        <source>its sha256 is {0}, not {1} as the server announced</source>
        <translation>su sha256 es {0}, no {1} como anunció el servidor</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="237"/>
        <source>The {0} architecture needs a text encoder&apos;s files (config and tokenizer), and photoclip does not know where they come from.</source>
        <translation>La arquitectura {0} necesita los archivos de un codificador de texto (configuración y tokenizador), y photoclip no sabe de dónde vienen.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="241"/>
        <source>Import a model archive instead (exported by photoclip): it carries them.</source>
        <translation>Importe en su lugar un archivo de modelo (exportado por photoclip): los incluye.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="242"/>
        <source>The {0} architecture also needs its text encoder&apos;s files (config and tokenizer), and they are not on this machine.</source>
        <translation>La arquitectura {0} también necesita los archivos de su codificador de texto (configuración y tokenizador), y no están en este equipo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="243"/>
        <source>Import a model archive instead (exported by photoclip on a machine that has the model): it carries them.</source>
        <translation>Importe en su lugar un archivo de modelo (exportado por photoclip en un equipo que tenga el modelo): los incluye.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="244"/>
        <source>The model registry {0} cannot be read: {1}.</source>
        <translation>No se puede leer el registro de modelos {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="245"/>
        <source>Check the {0} environment variable.</source>
        <translation>Compruebe la variable de entorno {0}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="211"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="216"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="217"/>
        <source>Compare every photo of the library: the same bytes, and copies the model sees as alike</source>
        <translation>Compara todas las fotos de la biblioteca: los mismos bytes y las copias que el modelo ve parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="219"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="227"/>
        <source>How alike two photos must be to count as copies: to the left, looser matches (bursts, edits); to the right, only near-identical ones</source>
        <translation>Cuánto deben parecerse dos fotos para contar como copias: a la izquierda, coincidencias más laxas (ráfagas, ediciones); a la derecha, solo las casi idénticas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="238"/>
        <source>Likeness:</source>
        <translation>Parecido:</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="246"/>
        <source>Find photos stored more than once: exact copies, resized copies and re-saved ones.</source>
        <translation>Encuentra las fotos guardadas más de una vez: copias exactas, copias redimensionadas y vueltas a guardar.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="256"/>
        <source>No duplicates at this likeness. Move the slider to the left for looser matches.</source>
        <translation>No hay duplicados con este parecido. Mueva el control a la izquierda para coincidencias más laxas.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="271"/>
        <source>Move others to trash…</source>
        <translation>Mover las demás a la papelera…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="273"/>
        <source>Every ticked group keeps its framed photo; the others go to photoclip&apos;s trash folder, from where Undo puts them back</source>
        <translation>Cada grupo marcado conserva su foto enmarcada; las demás van a la carpeta papelera de photoclip, de donde Deshacer las devuelve</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="276"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="277"/>
        <source>Put back the photos of the last move (Ctrl+Z)</source>
        <translation>Devuelve las fotos del último traslado (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="280"/>
        <source>Undo moving duplicates</source>
        <translation>Deshacer el traslado de duplicados</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="334"/>
        <source>Stopped. Press Find duplicates to look again.</source>
        <translation>Detenido. Pulse Buscar duplicados para volver a buscar.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="340"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="357"/>
        <source>Comparing file contents: {0} of {1}</source>
        <translation>Comparando el contenido de los archivos: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="359"/>
        <source>Comparing photos: {0} of {1}</source>
        <translation>Comparando fotos: {0} de {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="439"/>
        <source>Show %Ln more groups</source>
        <translation>
            <numerusform>Mostrar %Ln grupo más</numerusform>
            <numerusform>Mostrar %Ln grupos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="474"/>
        <source>No duplicates among %Ln photos at this likeness.</source>
        <translation>
            <numerusform>No hay duplicados en %Ln foto con este parecido.</numerusform>
            <numerusform>No hay duplicados entre %Ln fotos con este parecido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="479"/>
        <source>{0} among {1}. Moving the others frees {2} ({3}).</source>
        <translation>{0} entre {1}. Mover las demás libera {2} ({3}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="480"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="481"/>
        <location filename="../../gui/duplicates_view.py" line="483"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="487"/>
        <source>The framed photo of each group stays; pick another with its Keep button.</source>
        <translation>La foto enmarcada de cada grupo se queda; elija otra con su botón Conservar.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="499"/>
        <source>This library is open read-only: nothing can be moved.</source>
        <translation>Esta biblioteca está abierta solo para lectura: no se puede mover nada.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="519"/>
        <source>Move duplicates</source>
        <translation>Mover duplicados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="520"/>
        <source>Move %Ln photos ({0}) to photoclip&apos;s trash folder?</source>
        <translation>
            <numerusform>¿Mover %Ln foto ({0}) a la carpeta papelera de photoclip?</numerusform>
            <numerusform>¿Mover %Ln fotos ({0}) a la carpeta papelera de photoclip?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="525"/>
        <source>Nothing is deleted: Undo (Ctrl+Z) puts them back until you close photoclip. The folder is {0}.</source>
        <translation>No se borra nada: Deshacer (Ctrl+Z) las devuelve hasta que cierre photoclip. La carpeta es {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="527"/>
        <source>Move %Ln photos</source>
        <translation>
            <numerusform>Mover %Ln foto</numerusform>
            <numerusform>Mover %Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="539"/>
        <source>Moving %Ln photos…</source>
        <translation>
            <numerusform>Moviendo %Ln foto…</numerusform>
            <numerusform>Moviendo %Ln fotos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="550"/>
        <source>Moved %Ln photos to photoclip&apos;s trash folder; Undo puts them back.</source>
        <translation>
            <numerusform>Se movió %Ln foto a la carpeta papelera de photoclip; Deshacer la devuelve.</numerusform>
            <numerusform>Se movieron %Ln fotos a la carpeta papelera de photoclip; Deshacer las devuelve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="550"/>
        <source>Nothing was moved.</source>
        <translation>No se movió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="551"/>
        <source>Some photos were not moved</source>
        <translation>Algunas fotos no se movieron</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="565"/>
        <source>Putting the photos back…</source>
        <translation>Devolviendo las fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="574"/>
        <source>Nothing to undo: those photos are no longer in photoclip&apos;s trash folder.</source>
        <translation>Nada que deshacer: esas fotos ya no están en la carpeta papelera de photoclip.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="576"/>
        <source>Put back %Ln photos.</source>
        <translation>
            <numerusform>Se devolvió %Ln foto.</numerusform>
            <numerusform>Se devolvieron %Ln fotos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="577"/>
        <source>Some photos were not put back</source>
        <translation>Algunas fotos no se devolvieron</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="595"/>
        <source>%Ln files are gone (moved or deleted outside photoclip)</source>
        <translation>
            <numerusform>%Ln archivo ya no está (movido o borrado fuera de photoclip)</numerusform>
            <numerusform>%Ln archivos ya no están (movidos o borrados fuera de photoclip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="597"/>
        <source>%Ln files are in folders photoclip may not change (read-only)</source>
        <translation>
            <numerusform>%Ln archivo está en una carpeta que photoclip no puede cambiar (solo lectura)</numerusform>
            <numerusform>%Ln archivos están en carpetas que photoclip no puede cambiar (solo lectura)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="599"/>
        <source>%Ln files changed since they were compared</source>
        <translation>
            <numerusform>%Ln archivo cambió desde que se comparó</numerusform>
            <numerusform>%Ln archivos cambiaron desde que se compararon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="601"/>
        <source>%Ln places are taken by another file now (the copies stay in the trash folder)</source>
        <translation>
            <numerusform>%Ln lugar lo ocupa ahora otro archivo (la copia se queda en la carpeta papelera)</numerusform>
            <numerusform>%Ln lugares los ocupan ahora otros archivos (las copias se quedan en la carpeta papelera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="603"/>
        <source>%Ln files could not be read or moved</source>
        <translation>
            <numerusform>%Ln archivo no se pudo leer ni mover</numerusform>
            <numerusform>%Ln archivos no se pudieron leer ni mover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="282"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="282"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message>
        <location filename="../../gui/explore_view.py" line="424"/>
        <source>Map of your photos</source>
        <translation>Mapa de tus fotos</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="433"/>
        <source>Show all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="434"/>
        <source>Zoom out to the whole map</source>
        <translation>Alejar hasta ver el mapa entero</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="435"/>
        <source>Similar photos sit together. Drag a rectangle to show its photos; scroll to zoom; drag with the right button to move.</source>
        <translation>Las fotos parecidas quedan juntas. Arrastra un rectángulo para ver sus fotos; usa la rueda para acercar; arrastra con el botón derecho para moverte.</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="536"/>
        <location filename="../../gui/explore_view.py" line="566"/>
        <source>Computing the map…</source>
        <translation>Calculando el mapa…</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="536"/>
        <source>The map is computed when the library is open for writing (close the other photoclip window or command).</source>
        <translation>El mapa se calcula cuando la biblioteca está abierta para escritura (cierra la otra ventana o el otro comando de photoclip).</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="540"/>
        <source>No photos are indexed yet.</source>
        <translation>Todavía no hay fotos indexadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/explore_view.py" line="542"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="544"/>
        <source> · add tag sets to name the regions</source>
        <translation> · añade conjuntos de etiquetas para dar nombre a las regiones</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="546"/>
        <source> · computing the map…</source>
        <translation> · calculando el mapa…</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="564"/>
        <source>Computing the map… {0}%</source>
        <translation>Calculando el mapa… {0} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/explore_view.py" line="591"/>
        <source>%Ln photos from the map (Esc goes back to all photos)</source>
        <translation>
            <numerusform>%Ln foto del mapa (Esc vuelve a todas las fotos)</numerusform>
            <numerusform>%Ln fotos del mapa (Esc vuelve a todas las fotos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="592"/>
        <source>No photos in that part of the map.</source>
        <translation>No hay fotos en esa parte del mapa.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="111"/>
        <source>Show the photos of one folder</source>
        <translation>Mostrar las fotos de una carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="114"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="116"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="128"/>
        <source>Show only the photos taken between two dates</source>
        <translation>Mostrar solo las fotos tomadas entre dos fechas</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="153"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="155"/>
        <source>From {0}</source>
        <translation>Desde {0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157"/>
        <source>Until {0}</source>
        <translation>Hasta {0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="112"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="110"/>
        <location filename="../../gui/search_bar.py" line="190"/>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="105"/>
        <source>Welcome to photoclip</source>
        <translation>Te damos la bienvenida a photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="108"/>
        <source>photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer.</source>
        <translation>photoclip encuentra las fotos por lo que aparece en ellas. Elige las carpetas que quieres indexar; las fotos se quedan donde están y nada sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="116"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="128"/>
        <source>Multilingual (recommended): understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilingüe (recomendado): entiende búsquedas en español, portugués y más de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="130"/>
        <source>Multilingual: understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilingüe: entiende búsquedas en español, portugués y más de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="132"/>
        <source>English (recommended)</source>
        <translation>Inglés (recomendado)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="134"/>
        <source>English: understands queries in English only</source>
        <translation>Inglés: entiende búsquedas solo en inglés</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="142"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="147"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../gui/dialogs.py" line="71"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="72"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="92"/>
        <source>Choose a folder of photos</source>
        <translation>Elige una carpeta de fotos</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../gui/grid_actions.py" line="45"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="65"/>
        <source>Add to album</source>
        <translation>Añadir al álbum</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="70"/>
        <source>♥ Favourite</source>
        <translation>♥ Favorita</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="73"/>
        <source>Deselect</source>
        <translation>Deseleccionar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="85"/>
        <source>%Ln photos selected</source>
        <translation>
            <numerusform>%Ln foto seleccionada</numerusform>
            <numerusform>%Ln fotos seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="127"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="130"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="133"/>
        <source>Find similar photos</source>
        <translation>Buscar fotos parecidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="137"/>
        <source>Copy %Ln photos to a folder…</source>
        <translation>
            <numerusform>Copiar %Ln foto a una carpeta…</numerusform>
            <numerusform>Copiar %Ln fotos a una carpeta…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="143"/>
        <source>Remove from Favourites</source>
        <translation>Quitar de Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="143"/>
        <source>Add to Favourites</source>
        <translation>Añadir a Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="151"/>
        <source>Remove from “{0}”</source>
        <translation>Quitar de «{0}»</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="159"/>
        <source>Confirm: in “{0}”</source>
        <translation>Confirmar: está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="160"/>
        <source>Reject: not in “{0}”</source>
        <translation>Rechazar: no está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="186"/>
        <source>Copy photos to</source>
        <translation>Copiar las fotos a</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="198"/>
        <source>Copying photos…</source>
        <translation>Copiando fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="198"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="199"/>
        <source>Copy photos</source>
        <translation>Copiar fotos</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="210"/>
        <source>Copy cancelled</source>
        <translation>Copia cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="221"/>
        <source>Copied %Ln photos to {0}</source>
        <translation>
            <numerusform>%Ln foto copiada a {0}</numerusform>
            <numerusform>%Ln fotos copiadas a {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="223"/>
        <source>%Ln could not be copied</source>
        <translation>
            <numerusform>%Ln no se pudo copiar</numerusform>
            <numerusform>%Ln no se pudieron copiar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="238"/>
        <source>Confirmed %Ln photos in “{0}”</source>
        <translation>
            <numerusform>%Ln foto confirmada en “{0}”</numerusform>
            <numerusform>%Ln fotos confirmadas en “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="240"/>
        <source>Rejected %Ln photos from “{0}”</source>
        <translation>
            <numerusform>%Ln foto rechazada de “{0}”</numerusform>
            <numerusform>%Ln fotos rechazadas de “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridControls</name>
    <message>
        <location filename="../../gui/grid_controls.py" line="47"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="48"/>
        <source>How the photos are shown: thumbnails, dates, order</source>
        <translation>Cómo se muestran las fotos: miniaturas, fechas, orden</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="52"/>
        <source>Square thumbnails</source>
        <translation>Miniaturas cuadradas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="52"/>
        <source>Whole photos</source>
        <translation>Fotos completas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="56"/>
        <source>No date headers</source>
        <translation>Sin encabezados de fecha</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="57"/>
        <source>Group by day</source>
        <translation>Agrupar por día</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="58"/>
        <source>Group by month</source>
        <translation>Agrupar por mes</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="59"/>
        <source>Group by year</source>
        <translation>Agrupar por año</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="64"/>
        <source>Best match first</source>
        <translation>Primero las más parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="65"/>
        <source>Sort by date taken</source>
        <translation>Ordenar por fecha de captura</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="66"/>
        <source>Sort by date added</source>
        <translation>Ordenar por fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="67"/>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="77"/>
        <source>Thumbnail size (Ctrl+plus, Ctrl+minus, Ctrl+0)</source>
        <translation>Tamaño de las miniaturas (Ctrl+más, Ctrl+menos, Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="78"/>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="91"/>
        <source>Larger thumbnails</source>
        <translation>Miniaturas más grandes</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="93"/>
        <source>Smaller thumbnails</source>
        <translation>Miniaturas más pequeñas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="97"/>
        <source>Default thumbnail size</source>
        <translation>Tamaño de miniatura predeterminado</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="137"/>
        <source>same bytes</source>
        <translation>mismos bytes</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="139"/>
        <source>similar (≥ {0:.3f})</source>
        <translation>parecidas (≥ {0:.3f})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="140"/>
        <source>Group {0}: {1}, %Ln photos, {2} to free</source>
        <translation>
            <numerusform>Grupo {0}: {1}, %Ln foto, {2} que liberar</numerusform>
            <numerusform>Grupo {0}: {1}, %Ln fotos, {2} que liberar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="142"/>
        <source>Clear the check box to leave this group as it is</source>
        <translation>Desmarque la casilla para dejar este grupo como está</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../gui/tagset_preview.py" line="199"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidad {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="200"/>
        <source>similarity {0:.3f}</source>
        <translation>similitud {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="201"/>
        <source>threshold {0:.3f}</source>
        <translation>umbral {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="203"/>
        <source>an apply gives this tag</source>
        <translation>al aplicar, se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="205"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>no se asigna: en un conjunto exclusivo solo se puede asignar la mejor etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="207"/>
        <source>an apply does not give this tag</source>
        <translation>al aplicar, no se asigna esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="216"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="220"/>
        <source>{0}
≥ {1:.2f}  ({2})</source>
        <translation>{0}
≥ {1:.2f}  ({2})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="223"/>
        <source>{0}: threshold {1:.3f}; %Ln of these {2} photos would be filed here</source>
        <translation>
            <numerusform>{0}: umbral {1:.3f}; %Ln de estas {2} fotos se clasificaría aquí</numerusform>
            <numerusform>{0}: umbral {1:.3f}; %Ln de estas {2} fotos se clasificarían aquí</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <location filename="../../gui/status_bar.py" line="35"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="39"/>
        <location filename="../../gui/status_bar.py" line="72"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="46"/>
        <source>Update library</source>
        <translation>Actualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="49"/>
        <source>Set up a model…</source>
        <translation>Configurar un modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="72"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="74"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexación en pausa (con batería)</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="74"/>
        <source>Indexing paused</source>
        <translation>Indexación en pausa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="88"/>
        <source>Looking for new photos… %Ln files</source>
        <translation>
            <numerusform>Buscando fotos nuevas… %Ln archivo</numerusform>
            <numerusform>Buscando fotos nuevas… %Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="90"/>
        <source>Loading the model for %Ln photos…</source>
        <translation>
            <numerusform>Cargando el modelo para %Ln foto…</numerusform>
            <numerusform>Cargando el modelo para %Ln fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="94"/>
        <source>, {0} left</source>
        <translation>, faltan {0}</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="96"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="100"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando las etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="105"/>
        <source>Preparing the words that describe photos…</source>
        <translation>Preparando las palabras que describen las fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="111"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Clasificando fotos en álbumes ({0}): {1} de {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="123"/>
        <source>Indexing cancelled: %Ln photos indexed, the rest continues next time</source>
        <translation>
            <numerusform>Indexación cancelada: %Ln foto indexada; el resto seguirá la próxima vez</numerusform>
            <numerusform>Indexación cancelada: %Ln fotos indexadas; el resto seguirá la próxima vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="125"/>
        <source>Indexed %Ln new photos</source>
        <translation>
            <numerusform>Se indexó %Ln foto nueva</numerusform>
            <numerusform>Se indexaron %Ln fotos nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="128"/>
        <source>Albums are up to date</source>
        <translation>Los álbumes están al día</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="130"/>
        <source>Library is up to date</source>
        <translation>La biblioteca está al día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="147"/>
        <source>%Ln unreadable files</source>
        <translation>
            <numerusform>%Ln archivo ilegible</numerusform>
            <numerusform>%Ln archivos ilegibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="104"/>
        <location filename="../../gui/personalize_dialog.py" line="172"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="104"/>
        <source>Held-out recall@10</source>
        <translation>Acierto@10 en validación</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="169"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="173"/>
        <source>Recall@10</source>
        <translation>Acierto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="187"/>
        <source>Press Train: the loss and the held-out recall of each epoch appear here.</source>
        <translation>Pulsa Entrenar: aquí aparecerán la pérdida y el acierto en validación de cada época.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="197"/>
        <source>best</source>
        <translation>mejor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="493"/>
        <source>Album “{0}”: %Ln photos</source>
        <translation>
            <numerusform>Álbum “{0}”: %Ln foto</numerusform>
            <numerusform>Álbum “{0}”: %Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="592"/>
        <source>Picked up %Ln changed files</source>
        <translation>
            <numerusform>Se detectó %Ln archivo modificado</numerusform>
            <numerusform>Se detectaron %Ln archivos modificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="475"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Todavía no hay fotos. Añade una carpeta para empezar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>No photos in “{0}” yet. Drag photos onto the album in the sidebar, or use Add to album in their menu.</source>
        <translation>Todavía no hay fotos en «{0}». Arrastra fotos al álbum en la barra lateral o usa Añadir al álbum en su menú.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="473"/>
        <source>No favourites yet. Press the period key on a photo, or use Add to Favourites in its menu.</source>
        <translation>Todavía no hay favoritos. Pulsa la tecla del punto sobre una foto o usa Añadir a Favoritos en su menú.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="477"/>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="479"/>
        <source>No photos match the filters.</source>
        <translation>Ninguna foto coincide con los filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="494"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Todavía no hay fotos en “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="584"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: entrenando con tus descripciones…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="641"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>Choose a folder of photos</source>
        <translation>Elige una carpeta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="685"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden añadir carpetas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="698"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Clasificando fotos en los álbumes de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="753"/>
        <source>Using the model {0}: photos are indexed with it in the background.</source>
        <translation>Usando el modelo {0}: las fotos se indexan con él en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="763"/>
        <source>photoclip needs a model to index your photos.</source>
        <translation>photoclip necesita un modelo para indexar tus fotos.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="773"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="781"/>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="781"/>
        <source>photoclip hit an internal error. Please report it with the details below.</source>
        <translation>photoclip ha sufrido un error interno. Por favor, infórmalo junto con los detalles que aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>Left / Right, Page Up / Page Down, mouse wheel</source>
        <translation>Izquierda / Derecha, Re Pág / Av Pág, rueda del ratón</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>Previous / next photo</source>
        <translation>Foto anterior / siguiente</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>First / last photo</source>
        <translation>Primera / última foto</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>Actual size (100 %)</source>
        <translation>Tamaño real (100 %)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="31"/>
        <source>Fit the photo to the window</source>
        <translation>Ajustar la foto a la ventana</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+rueda del ratón</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Zoom alrededor del puntero</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="34"/>
        <source>Slideshow</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Quick look from the grid</source>
        <translation>Vista rápida desde la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="36"/>
        <source>Leave full screen, then go back to the grid</source>
        <translation>Salir de pantalla completa y luego volver a la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="63"/>
        <source>Copy selected photos to a folder…</source>
        <translation>Copiar las fotos seleccionadas a una carpeta…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="66"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="73"/>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="75"/>
        <source>Add to or remove from Favourites</source>
        <translation>Añadir a Favoritos o quitar de Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="77"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="79"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="85"/>
        <source>Show empty albums</source>
        <translation>Mostrar álbumes vacíos</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="93"/>
        <source>Map of your photos</source>
        <translation>Mapa de tus fotos</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="95"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="96"/>
        <source>Look for new photos now</source>
        <translation>Buscar fotos nuevas ahora</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>Pause or resume indexing</source>
        <translation>Pausar o reanudar la indexación</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="100"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="101"/>
        <source>Personalize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="102"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="104"/>
        <source>Write albums to XMP sidecars…</source>
        <translation>Escribir los álbumes en archivos XMP adjuntos…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="106"/>
        <source>Set up a model…</source>
        <translation>Configurar un modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="108"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="109"/>
        <location filename="../../gui/menus.py" line="132"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="155"/>
        <source>photoclip {0}

An offline photo organizer that understands what is in a picture. Your photos never leave this computer.</source>
        <translation>photoclip {0}

Un organizador de fotos sin conexión que entiende lo que hay en una imagen. Tus fotos nunca salen de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="110"/>
        <location filename="../../gui/menus.py" line="156"/>
        <source>About photoclip</source>
        <translation>Acerca de photoclip</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../gui/metadata_panel.py" line="93"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="94"/>
        <source>Lens</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="95"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="96"/>
        <source>Aperture</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="97"/>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="98"/>
        <source>Focal length</source>
        <translation>Distancia focal</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="99"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="100"/>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="101"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="102"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="103"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="104"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="163"/>
        <source>{0:.5f}, {1:.5f}</source>
        <translation>{0:.5f}; {1:.5f}</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="165"/>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="180"/>
        <source>1/{0} s</source>
        <translation>1/{0} s</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="181"/>
        <source>{0:g} s</source>
        <translation>{0:g} s</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="187"/>
        <source>{0:g} mm</source>
        <translation>{0:g} mm</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="189"/>
        <source>{0} (35 mm equivalent: {1:g} mm)</source>
        <translation>{0} (equivalente en 35 mm: {1:g} mm)</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="199"/>
        <source>(file date)</source>
        <translation>(fecha del archivo)</translation>
    </message>
</context>
<context>
    <name>ModelChoicesDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="176"/>
        <source>A model is needed</source>
        <translation>Hace falta un modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="180"/>
        <source>photoclip needs a model to understand your photos, and {0} could not be set up. Your folders are kept: their photos are indexed as soon as a model is ready.</source>
        <translation>photoclip necesita un modelo para entender tus fotos, y no se pudo configurar {0}. Tus carpetas se conservan: sus fotos se indexan en cuanto haya un modelo listo.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="193"/>
        <source>Try the download again</source>
        <translation>Volver a intentar la descarga</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="193"/>
        <source>When this computer is online again. A download that stopped continues where it was.</source>
        <translation>Cuando este ordenador vuelva a tener conexión. Una descarga interrumpida continúa donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="198"/>
        <source>Import a model file…</source>
        <translation>Importar un archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="199"/>
        <source>A model exported by photoclip on another computer, or an open_clip checkpoint (.safetensors, .bin, .pt).</source>
        <translation>Un modelo exportado por photoclip en otro ordenador, o un checkpoint de open_clip (.safetensors, .bin, .pt).</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="207"/>
        <source>Use a model already on this computer</source>
        <translation>Usar un modelo que ya está en este ordenador</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="208"/>
        <source>Found in the Hugging Face cache or imported before.</source>
        <translation>Encontrado en la caché de Hugging Face o importado antes.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="210"/>
        <source>None was found in the Hugging Face cache or among imported models.</source>
        <translation>No se encontró ninguno en la caché de Hugging Face ni entre los modelos importados.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="217"/>
        <source>Try photoclip with the test model</source>
        <translation>Probar photoclip con el modelo de prueba</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="218"/>
        <source>A tiny model made on this computer, for trying the app only: search results are meaningless.</source>
        <translation>Un modelo diminuto creado en este ordenador, solo para probar la aplicación: los resultados de búsqueda no tienen sentido.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="221"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="261"/>
        <location filename="../../gui/model_setup.py" line="302"/>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="264"/>
        <source>Choose a model exported by photoclip on another computer, or an open_clip checkpoint downloaded elsewhere. photoclip never runs code from a model file.</source>
        <translation>Elige un modelo exportado por photoclip en otro ordenador, o un checkpoint de open_clip descargado en otro sitio. photoclip nunca ejecuta código de un archivo de modelo.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="269"/>
        <source>A model file</source>
        <translation>Un archivo de modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="271"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="284"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="285"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="288"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="304"/>
        <source>Model files (*.safetensors *.bin *.pt *.pth *.zip *.tar);;All files (*)</source>
        <translation>Archivos de modelo (*.safetensors *.bin *.pt *.pth *.zip *.tar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="317"/>
        <source>A checkpoint holds only weights: choose the architecture they were trained for.</source>
        <translation>Un checkpoint solo contiene pesos: elige la arquitectura para la que se entrenaron.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="319"/>
        <source>A photoclip model file says its own architecture.</source>
        <translation>Un archivo de modelo de photoclip indica su propia arquitectura.</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../gui/dialogs.py" line="56"/>
        <source>already downloaded</source>
        <translation>ya descargado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="58"/>
        <source>{0:.1f} GB download</source>
        <translation>descarga de {0:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="60"/>
        <source>{0:.0f} MB download</source>
        <translation>descarga de {0:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="377"/>
        <source>{0:.1f} GB</source>
        <translation>{0:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="377"/>
        <source>{0:.0f} MB</source>
        <translation>{0:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="379"/>
        <source>Setting up the model</source>
        <translation>Configurando el modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="380"/>
        <source>The model {0}: a {1} download, needed once.</source>
        <translation>El modelo {0}: una descarga de {1}, necesaria una sola vez.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="381"/>
        <source>Checking the download…</source>
        <translation>Comprobando la descarga…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="387"/>
        <source>Download stopped. It continues where it stopped next time.</source>
        <translation>Descarga detenida. La próxima vez continúa donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="425"/>
        <source>the multilingual model</source>
        <translation>el modelo multilingüe</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="426"/>
        <source>the English model</source>
        <translation>el modelo en inglés</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="438"/>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="438"/>
        <source>The model could not be set up</source>
        <translation>No se pudo configurar el modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="439"/>
        <source>{0} was not set up; nothing was changed.</source>
        <translation>{0} no se configuró; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Importing a model</source>
        <translation>Importando un modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="485"/>
        <source>The import did not work: {0}</source>
        <translation>La importación no funcionó: {0}</translation>
    </message>
</context>
<context>
    <name>ModelWorkDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="94"/>
        <source>Looking for the model…</source>
        <translation>Buscando el modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="99"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="126"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="147"/>
        <source>Downloading {0}…</source>
        <translation>Descargando {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="148"/>
        <location filename="../../gui/model_setup.py" line="154"/>
        <source>{0} of {1} MB</source>
        <translation>{0} de {1} MB</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="148"/>
        <source>{0} MB so far</source>
        <translation>{0} MB hasta ahora</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="151"/>
        <source>{0} of {1} MB checked</source>
        <translation>{0} de {1} MB comprobados</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="153"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
</context>
<context>
    <name>PersonalizeDialog</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="265"/>
        <source>Personalize search</source>
        <translation>Personalizar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="273"/>
        <source>photoclip can learn your own words (“Rex”, “Grandma’s garden”) from captions you give your photos. Only the model’s two small projection heads are trained; about a fifth of the captioned photos are held out to check that searches really get better. The original model is kept: going back is one click.</source>
        <translation>photoclip puede aprender tus propias palabras (“Rex”, “el jardín de la abuela”) a partir de las descripciones que pones a tus fotos. Solo se entrenan las dos pequeñas capas de proyección del modelo; alrededor de una quinta parte de las fotos con descripción se reserva para comprobar que las búsquedas mejoran de verdad. El modelo original se conserva: volver a él es cuestión de un clic.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="279"/>
        <source>Counting captions…</source>
        <translation>Contando descripciones…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="281"/>
        <source>Import captions from CSV…</source>
        <translation>Importar descripciones de CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="283"/>
        <source>A CSV file of path,caption rows; relative paths are relative to the file’s folder.</source>
        <translation>Un archivo CSV con dos columnas por fila, ruta y descripción; las rutas relativas parten de la carpeta del archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="293"/>
        <source>Your captions</source>
        <translation>Tus descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="302"/>
        <source>Training stops earlier when held-out recall stops improving.</source>
        <translation>El entrenamiento se detiene antes si el acierto en validación deja de mejorar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="303"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="306"/>
        <source>Cancel training</source>
        <translation>Cancelar entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="315"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="317"/>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="325"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="325"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="325"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@1</source>
        <translation>Acierto@1</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@5</source>
        <translation>Acierto@5</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@10</source>
        <translation>Acierto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="333"/>
        <source>Held-out text-to-image recall: how often a held-out caption finds its own photo in the top 1, 5 or 10.</source>
        <translation>Acierto de texto a imagen en validación: con qué frecuencia una descripción reservada encuentra su propia foto en el primer puesto o entre las 5 o 10 primeras.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="351"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="352"/>
        <source>Search with the trained model from now on (no photo is read again).</source>
        <translation>Buscar con el modelo entrenado a partir de ahora (no se vuelve a leer ninguna foto).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="367"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="381"/>
        <source>Use selected profile</source>
        <translation>Usar el perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="383"/>
        <source>Revert to original</source>
        <translation>Volver al original</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="384"/>
        <source>Search with the model as it came: exactly the results it gave before.</source>
        <translation>Buscar con el modelo tal como venía: exactamente los mismos resultados que antes.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="393"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="513"/>
        <source>{0}: {1} to {2} ({3}).</source>
        <translation>{0}: {1} a {2} ({3}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="515"/>
        <source>%Ln captions added</source>
        <translation>
            <numerusform>%Ln descripción añadida</numerusform>
            <numerusform>%Ln descripciones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="574"/>
        <source>Reading your captions: {0} of %Ln new ones encoded</source>
        <translation>
            <numerusform>Leyendo tus descripciones: {0} de %Ln nueva codificada</numerusform>
            <numerusform>Leyendo tus descripciones: {0} de %Ln nuevas codificadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="618"/>
        <source>Trained in {0:.1f} s: {1} on {2} of {3}; {4}.</source>
        <translation>Entrenado en {0:.1f} s: {1} con {2} de {3}; {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="620"/>
        <source>%Ln epochs</source>
        <translation>
            <numerusform>%Ln época</numerusform>
            <numerusform>%Ln épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="623"/>
        <source>%Ln photos held out</source>
        <translation>
            <numerusform>%Ln foto reservada para validación</numerusform>
            <numerusform>%Ln fotos reservadas para validación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="441"/>
        <source>Searches use the original model ({0}).</source>
        <translation>Las búsquedas usan el modelo original ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="443"/>
        <source>Searches use your profile {0} ({1}).</source>
        <translation>Las búsquedas usan tu perfil {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="451"/>
        <source>(in use)</source>
        <translation>(en uso)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="460"/>
        <source>No saved profiles yet: train, then apply.</source>
        <translation>Todavía no hay perfiles guardados: entrena y después aplica.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="480"/>
        <source>This library is open read-only: it cannot be personalised.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se puede personalizar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="502"/>
        <source>Import captions</source>
        <translation>Importar descripciones</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="502"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="508"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="709"/>
        <source>Searches were not changed.</source>
        <translation>Las búsquedas no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="522"/>
        <source>line {0}: {1}</source>
        <translation>línea {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <source>{0} on {1}.</source>
        <translation>{0} en {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <location filename="../../gui/personalize_dialog.py" line="621"/>
        <source>%Ln captions</source>
        <translation>
            <numerusform>%Ln descripción</numerusform>
            <numerusform>%Ln descripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <location filename="../../gui/personalize_dialog.py" line="516"/>
        <location filename="../../gui/personalize_dialog.py" line="622"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="437"/>
        <source>Training needs captions on at least %Ln indexed photos: add them in the photo view or import a CSV file.</source>
        <translation>
            <numerusform>Para entrenar se necesitan descripciones en al menos %Ln foto indexada: añádelas en la vista de foto o importa un archivo CSV.</numerusform>
            <numerusform>Para entrenar se necesitan descripciones en al menos %Ln fotos indexadas: añádelas en la vista de foto o importa un archivo CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="447"/>
        <source>{0} · trained {1} on %Ln captions</source>
        <translation>
            <numerusform>{0} · entrenado el {1} con %Ln descripción</numerusform>
            <numerusform>{0} · entrenado el {1} con %Ln descripciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="449"/>
        <source>recall@10 {0:.1%} → {1:.1%}</source>
        <translation>acierto@10 {0:.1%} → {1:.1%}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="517"/>
        <source>%Ln were already there</source>
        <translation>
            <numerusform>%Ln ya estaba</numerusform>
            <numerusform>%Ln ya estaban</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="521"/>
        <source>Rows skipped: {0}</source>
        <translation>Filas omitidas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="549"/>
        <source>Waiting for the indexer…</source>
        <translation>Esperando a que termine la indexación…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="549"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="556"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="565"/>
        <source>Starting: loading the model…</source>
        <translation>Iniciando: cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="583"/>
        <source>Training… the starting model: loss {0:.3f}</source>
        <translation>Entrenando… modelo inicial: pérdida {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="586"/>
        <source>Training… epoch {0} of at most {1}: loss {2:.3f}, held-out recall@10 {3:.1%} (best: epoch {4})</source>
        <translation>Entrenando… época {0} de {1} como máximo: pérdida {2:.3f}, acierto@10 en validación {3:.1%} (mejor: época {4})</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="600"/>
        <source>{0:+.1f} pts</source>
        <translation>{0:+.1f} pp</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="611"/>
        <location filename="../../gui/personalize_dialog.py" line="742"/>
        <source>Training cancelled.</source>
        <translation>Entrenamiento cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="628"/>
        <source>Held-out recall improved (best epoch: {0}). Apply to search with it.</source>
        <translation>El acierto en validación mejoró (mejor época: {0}). Pulsa Aplicar para usarlo en las búsquedas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="632"/>
        <source>Not improved: held-out recall is no better than before, so it cannot be applied. Add more captions, or captions that say what you search for, and train again.</source>
        <translation>Sin mejora: el acierto en validación no es mejor que antes, así que no se puede aplicar. Añade más descripciones, o descripciones que digan lo que buscas, y vuelve a entrenar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="648"/>
        <source>Checking how your albums would change…</source>
        <translation>Comprobando cómo cambiarían tus álbumes…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="661"/>
        <source>Apply the trained model?</source>
        <translation>¿Aplicar el modelo entrenado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="662"/>
        <source>Your albums are filed again with the new model: %Ln photos change album, and these albums would be left empty: {0}.</source>
        <translation>
            <numerusform>Tus álbumes se vuelven a ordenar con el nuevo modelo: %Ln foto cambia de álbum, y estos álbumes quedarían vacíos: {0}.</numerusform>
            <numerusform>Tus álbumes se vuelven a ordenar con el nuevo modelo: %Ln fotos cambian de álbum, y estos álbumes quedarían vacíos: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="666"/>
        <source>Apply anyway</source>
        <translation>Aplicar de todos modos</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="668"/>
        <source>Not applied: searches and albums are as they were.</source>
        <translation>No aplicado: las búsquedas y los álbumes siguen como estaban.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="677"/>
        <source>Applying: projecting your photos through the new model…</source>
        <translation>Aplicando: proyectando tus fotos con el nuevo modelo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="679"/>
        <source>%Ln photos change album.</source>
        <translation>
            <numerusform>%Ln foto cambia de álbum.</numerusform>
            <numerusform>%Ln fotos cambian de álbum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="687"/>
        <source>Switching to profile {0}…</source>
        <translation>Cambiando al perfil {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="693"/>
        <source>Going back to the original model…</source>
        <translation>Volviendo al modelo original…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="705"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="716"/>
        <source>Searches use the original model again.</source>
        <translation>Las búsquedas vuelven a usar el modelo original.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="719"/>
        <source>Searches now use profile {0}.</source>
        <translation>Las búsquedas usan ahora el perfil {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="721"/>
        <source>Applied: saved as profile {0}, which searches use now.</source>
        <translation>Aplicado: se guardó como perfil {0}, que es el que usan ahora las búsquedas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="745"/>
        <source>Training failed: {0}</source>
        <translation>Error en el entrenamiento: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="102"/>
        <source>Keep (suggested)</source>
        <extracomment>The slider&apos;s loosest threshold: the search gathers links down to it, so any slider position regroups without a new search. The slider counts thousandths of a cosine. Groups built as widgets at a time (&quot;Show more&quot; adds as many again).</extracomment>
        <translation>Conservar (sugerida)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="102"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="104"/>
        <source>Suggested: the largest resolution, then the largest file, then the oldest</source>
        <translation>Sugerida: la mayor resolución, después el archivo más grande, después la más antigua</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="105"/>
        <source>{0} × {1}</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="105"/>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../gui/grid.py" line="374"/>
        <source>{0}
score {1:.3f}</source>
        <translation>{0}
puntuación {1:.3f}</translation>
    </message>
</context>
<context>
    <name>PhotoTags</name>
    <message>
        <location filename="../../gui/photo_tags.py" line="92"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar los álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="102"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="104"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rechazado: esta foto no está en “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="106"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” vuelve a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="108"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; el umbral del álbum cambió, así que se vuelve a clasificar la biblioteca</translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="93"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="106"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Pon esta foto en otro álbum a mano (cuenta como una confirmación).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="107"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="109"/>
        <source>Put it in another album:</source>
        <translation>Añadir a otro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="137"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="147"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="167"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto no está en ningún álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="170"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Todavía no hay álbumes: crea conjuntos de etiquetas con “Conjuntos de etiquetas…” para clasificar las fotos en álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="173"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: no se pueden cambiar los álbumes.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="219"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="79"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="80"/>
        <source>Previous photo (Left arrow)</source>
        <translation>Foto anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="81"/>
        <source>Next photo (Right arrow)</source>
        <translation>Foto siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="84"/>
        <source>Zoom: Ctrl+wheel zooms, drag to pan, double-click switches between fit and 100 %</source>
        <translation>Zoom: Ctrl+rueda amplía, arrastrar desplaza, doble clic alterna entre ajustar y 100 %</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="87"/>
        <source>Fit in window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="89"/>
        <source>Actual size (100 %)</source>
        <translation>Tamaño real (100 %)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="94"/>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="95"/>
        <source>Slideshow (S); any key stops it</source>
        <translation>Presentación (S); cualquier tecla la detiene</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="96"/>
        <source>Favourite (the period key)</source>
        <translation>Favorita (la tecla del punto)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="103"/>
        <source>Find similar</source>
        <translation>Buscar parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="108"/>
        <source>Add to album</source>
        <translation>Añadir al álbum</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="115"/>
        <location filename="../../gui/photo_view.py" line="116"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="119"/>
        <source>Open with default app</source>
        <translation>Abrir con la app predeterminada</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="120"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="243"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="250"/>
        <source>Cannot show this photo: {0}</source>
        <translation>No se puede mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoWordsPanel</name>
    <message>
        <location filename="../../gui/photo_words.py" line="77"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="78"/>
        <source>What the model sees in the photo, and how sure it is. Click a word to search for it.</source>
        <translation>Lo que el modelo ve en la foto y su grado de seguridad. Haz clic en una palabra para buscarla.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="119"/>
        <location filename="../../gui/photo_words.py" line="133"/>
        <source>Preparing words…</source>
        <translation>Preparando las palabras…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="138"/>
        <source>No words for this photo.</source>
        <translation>No hay palabras para esta foto.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="145"/>
        <source>Its words come once it is indexed.</source>
        <translation>Sus palabras llegarán cuando esté indexada.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="158"/>
        <source>Preparing words was cancelled.</source>
        <translation>Se canceló la preparación de las palabras.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="188"/>
        <source>Search for “{0}”</source>
        <translation>Buscar “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="190"/>
        <source>A tag of the set “{0}”</source>
        <translation>Una etiqueta del conjunto “{0}”</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <location filename="../../gui/search_flow.py" line="65"/>
        <source>Remove this photo from the search</source>
        <translation>Quitar esta foto de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="90"/>
        <source>Searching for photos like {0}</source>
        <translation>Buscando fotos como {0}</translation>
    </message>
</context>
<context>
    <name>QuickLook</name>
    <message>
        <location filename="../../gui/viewer.py" line="395"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/viewer.py" line="396"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/viewer.py" line="403"/>
        <source>Cannot show this photo: {0}</source>
        <translation>No se puede mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../gui/search_bar.py" line="44"/>
        <location filename="../../gui/search_bar.py" line="90"/>
        <source>Describe a photo…</source>
        <translation>Describe una foto…</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="92"/>
        <source>Search in “{0}”…</source>
        <translation>Buscar en “{0}”…</translation>
    </message>
</context>
<context>
    <name>SearchFlow</name>
    <message>
        <location filename="../../gui/search_flow.py" line="220"/>
        <source>Finding similar photos…</source>
        <translation>Buscando fotos parecidas…</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="220"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="248"/>
        <source>%Ln similar photos</source>
        <translation>
            <numerusform>%Ln foto parecida</numerusform>
            <numerusform>%Ln fotos parecidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="250"/>
        <source>Nothing matches “{0}” well</source>
        <translation>Nada coincide bien con “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="252"/>
        <source>Best matches for “{0}” in “{1}” (%Ln photos)</source>
        <translation>
            <numerusform>Mejores resultados para “{0}” en “{1}” (%Ln foto)</numerusform>
            <numerusform>Mejores resultados para “{0}” en “{1}” (%Ln fotos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="254"/>
        <source>Best matches for “{0}” (%Ln photos)</source>
        <translation>
            <numerusform>Mejores resultados para “{0}” (%Ln foto)</numerusform>
            <numerusform>Mejores resultados para “{0}” (%Ln fotos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="256"/>
        <source>; %Ln photos are not indexed yet</source>
        <translation>
            <numerusform>; %Ln foto aún no está indexada</numerusform>
            <numerusform>; %Ln fotos aún no están indexadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="260"/>
        <source>No similar photos found.</source>
        <translation>No se encontraron fotos parecidas.</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="262"/>
        <source>No photo matches “{0}” well. Show more lists the closest ones anyway.</source>
        <translation>Ninguna foto coincide bien con “{0}”. “Mostrar más” enseña las más cercanas de todos modos.</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="263"/>
        <source>No photos match “{0}”.</source>
        <translation>Ninguna foto coincide con “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="268"/>
        <source>Show %Ln more (less alike)</source>
        <translation>
            <numerusform>Mostrar %Ln más (menos parecida)</numerusform>
            <numerusform>Mostrar %Ln más (menos parecidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWarmth</name>
    <message>
        <location filename="../../gui/search_warmth.py" line="44"/>
        <source>Preparing search…</source>
        <translation>Preparando la búsqueda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_warmth.py" line="85"/>
        <source>Loading the model (%Ln s)…</source>
        <translation>
            <numerusform>Cargando el modelo (%Ln s)…</numerusform>
            <numerusform>Cargando el modelo (%Ln s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_warmth.py" line="98"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="163"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source> (tests only)</source>
        <translation> (solo para pruebas)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="176"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automático (GPU si está disponible)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="178"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="179"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="186"/>
        <source>Automatic (bf16 on CPUs built for it)</source>
        <translation>Automática (bf16 en los procesadores preparados para ello)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="187"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (precisión completa)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="188"/>
        <source>bf16 (faster; checked against fp32)</source>
        <translation>bf16 (más rápida; comprobada frente a fp32)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="194"/>
        <source>bf16 encodes photos about 3x faster on CPUs with bf16 instructions, with near-identical results. Takes effect when photoclip starts again</source>
        <translation>bf16 procesa las fotos unas 3 veces más rápido en procesadores con instrucciones bf16, con resultados casi idénticos. Se aplica la próxima vez que se inicie photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="206"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="210"/>
        <source>Takes effect when photoclip starts again</source>
        <translation>Se aplica la próxima vez que se inicie photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>The new language takes effect when photoclip starts again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie photoclip.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="221"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="223"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="224"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="226"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="227"/>
        <source>Thumbnail cache</source>
        <translation>Caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="232"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/sidebar.py" line="85"/>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="90"/>
        <source>Photos you marked as favourites (the period key, or Add to Favourites in a photo&apos;s menu)</source>
        <translation>Fotos que marcaste como favoritas (la tecla del punto o Añadir a Favoritos en el menú de una foto)</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="94"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="99"/>
        <source>My albums</source>
        <translation>Mis álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="103"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="111"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="113"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="115"/>
        <source>Every photo on a map where similar photos sit together</source>
        <translation>Todas las fotos en un mapa donde las parecidas quedan juntas</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="117"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="119"/>
        <source>Photos stored more than once: review them and move the extra copies to the trash</source>
        <translation>Fotos guardadas más de una vez: revíselas y mueva las copias sobrantes a la papelera</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="127"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="133"/>
        <source>{0} (offline)</source>
        <translation>{0} (desconectada)</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="135"/>
        <source>{0}: the drive or folder is not there now</source>
        <translation>{0}: la unidad o la carpeta no está disponible ahora</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="171"/>
        <source>Drop photos here to add them; right-click to rename or delete</source>
        <translation>Suelta fotos aquí para añadirlas; clic derecho para renombrar o eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="175"/>
        <source>New album…</source>
        <translation>Álbum nuevo…</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="233"/>
        <source>{0} (not applied)</source>
        <translation>{0} (sin aplicar)</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="235"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desactualizado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="256"/>
        <source>{0} › {1}: %Ln photos; threshold {2:.2f}</source>
        <translation>
            <numerusform>{0} › {1}: %Ln foto; umbral {2:.2f}</numerusform>
            <numerusform>{0} › {1}: %Ln fotos; umbral {2:.2f}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="263"/>
        <source>{0} and {1} by you</source>
        <translation>{0} y {1} por ti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="264"/>
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln confirmada</numerusform>
            <numerusform>%Ln confirmadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="264"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rechazada</numerusform>
            <numerusform>%Ln rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="269"/>
        <source>%Ln empty albums hidden</source>
        <translation>
            <numerusform>%Ln álbum vacío oculto</numerusform>
            <numerusform>%Ln álbumes vacíos ocultos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="271"/>
        <source>Albums no photo was filed into yet. Click to show them (View › Show empty albums).</source>
        <translation>Álbumes en los que aún no se ha clasificado ninguna foto. Haz clic para mostrarlos (Ver › Mostrar álbumes vacíos).</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="275"/>
        <source>Add a tag set…</source>
        <translation>Añadir conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="276"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Los conjuntos de etiquetas clasifican tus fotos en álbumes</translation>
    </message>
</context>
<context>
    <name>SimilarHeader</name>
    <message>
        <location filename="../../gui/search_flow.py" line="120"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="121"/>
        <source>Back to the previous view (Esc)</source>
        <translation>Volver a la vista anterior (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="137"/>
        <source>Similar to {0}</source>
        <translation>Parecidas a {0}</translation>
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
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="62"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertenece a este álbum: ninguna ejecución posterior la sacará.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="65"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto no pertenece a este álbum: ninguna ejecución posterior la volverá a añadir.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="67"/>
        <source>Clear</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="68"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Olvidar tu elección: el conjunto de etiquetas vuelve a decidir.</translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message>
        <location filename="../../gui/tagset_editor.py" line="73"/>
        <source>Tag set</source>
        <translation>Conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="81"/>
        <source>e.g. Scenes</source>
        <translation>p. ej., Escenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="83"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: como máximo una etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="84"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Multietiqueta: cualquier número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="89"/>
        <source>and a similarity of at least</source>
        <translation>y una similitud de al menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="101"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 plantillas de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="102"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 plantillas de la receta de ImageNet de CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="103"/>
        <source>The label alone</source>
        <translation>Solo el nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="104"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Los textos que se generan a partir del nombre de una etiqueta cuando esta no tiene textos propios</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="109"/>
        <source>A built-in set&apos;s name as photoclip shows it in your language</source>
        <translation>El nombre de un conjunto predefinido tal como photoclip lo muestra en tu idioma</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="114"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="115"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="117"/>
        <source>Prompts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="121"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="123"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="126"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="127"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="121"/>
        <source>The album&apos;s name, and the text CLIP reads (put into the templates) when the tag has no prompts</source>
        <translation>El nombre del álbum y el texto que lee CLIP (dentro de las plantillas) cuando la etiqueta no tiene textos propios</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="127"/>
        <source>How photoclip names a built-in album in your language; CLIP still reads the label</source>
        <translation>Cómo llama photoclip a un álbum predefinido en tu idioma; CLIP sigue leyendo el nombre original</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="124"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que describen la etiqueta, separados por punto y coma. Vacío: las plantillas de arriba, aplicadas al nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="126"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Umbral propio de esta etiqueta. Vacío: el del conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="142"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="144"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="189"/>
        <source>The set&apos;s own templates</source>
        <translation>Plantillas propias del conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="236"/>
        <source>Best tag needs a probability of</source>
        <translation>La mejor etiqueta necesita una probabilidad de</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="239"/>
        <source>A tag needs a similarity of</source>
        <translation>Una etiqueta necesita una similitud de</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="262"/>
        <source>shown as “{0}”</source>
        <translation>se muestra como “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="323"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: el umbral “{1}” no es un número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="357"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="359"/>
        <source>Name: {0}</source>
        <translation>Nombre: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="361"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
</context>
<context>
    <name>TagSetPreview</name>
    <message>
        <location filename="../../gui/tagset_preview.py" line="278"/>
        <location filename="../../gui/tagset_preview.py" line="286"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="287"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Puntúa una muestra de tus fotos con el conjunto tal como está aquí, sin guardarlo</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="290"/>
        <source>A sample of your photos</source>
        <translation>Una muestra de sus fotos</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="291"/>
        <source>The photos selected in the grid</source>
        <translation>Las fotos seleccionadas en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="292"/>
        <source>Which photos the preview scores: select photos in the main window&apos;s grid to see how the set files them</source>
        <translation>Qué fotos puntúa la vista previa: seleccione fotos en la cuadrícula de la ventana principal para ver cómo las clasifica el conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="295"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="296"/>
        <source>Show similarities</source>
        <translation>Mostrar similitudes</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="298"/>
        <location filename="../../gui/tagset_preview.py" line="332"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>La vista previa puntúa hasta {0} de tus fotos con el conjunto, antes de que lo apliques.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="348"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>El conjunto cambió desde esta vista previa: pulsa Vista previa de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="361"/>
        <source>No photos are selected in the grid: select some there, or preview a sample.</source>
        <translation>No hay fotos seleccionadas en la cuadrícula: seleccione algunas allí o previsualice una muestra.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="368"/>
        <source>Scoring your photos…</source>
        <translation>Puntuando tus fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="421"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Todavía no hay fotos indexadas para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="426"/>
        <source>{0}; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1}). Click a column to sort.</source>
        <translation>{0}; colores de {2:.2f} (oscuro) a {3:.2f} (amarillo). Enmarcadas: las etiquetas que se asignarían al aplicar ({1}). Haz clic en una columna para ordenar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="427"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="427"/>
        <source>%Ln photos get none</source>
        <translation>
            <numerusform>%Ln foto no recibe ninguna</numerusform>
            <numerusform>%Ln fotos no reciben ninguna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSetsDialog</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="88"/>
        <source>Tag sets</source>
        <translation>Conjuntos de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="102"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="105"/>
        <source>Add built-in</source>
        <translation>Añadir predefinido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagsets_dialog.py" line="109"/>
        <source>{0} (%Ln tags)</source>
        <translation>
            <numerusform>{0} (%Ln etiqueta)</numerusform>
            <numerusform>{0} (%Ln etiquetas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="113"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="115"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="117"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="135"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="163"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="164"/>
        <source>Store the set without filing photos yet</source>
        <translation>Guarda el conjunto sin clasificar todavía las fotos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="166"/>
        <source>Apply to library</source>
        <translation>Aplicar a la biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="167"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Guarda el conjunto y clasifica todas las fotos en sus álbumes (en segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="182"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está abierta en modo de solo lectura: puedes ver la vista previa de los conjuntos, pero no cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="196"/>
        <source>not applied yet</source>
        <translation>sin aplicar todavía</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="198"/>
        <source>changed since applied</source>
        <translation>cambiado desde que se aplicó</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="200"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagsets_dialog.py" line="202"/>
        <source>{0}
%Ln tags, {1}</source>
        <translation>
            <numerusform>{0}
%Ln etiqueta, {1}</numerusform>
            <numerusform>{0}
%Ln etiquetas, {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="250"/>
        <source>New tag set</source>
        <translation>Nuevo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="305"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Ya existe un conjunto de etiquetas llamado “{0}”: elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="323"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Guardado. Clasificando tus fotos en los álbumes de “{0}”: consulta la barra de estado.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="327"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>Se guardó “{0}”. Aplícalo para clasificar tus fotos en sus álbumes.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="344"/>
        <source>Remove tag set</source>
        <translation>Eliminar conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="345"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>¿Eliminar “{0}” y sus álbumes? También se eliminarán tus confirmaciones y rechazos en ellos. Tus fotos se conservan.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="354"/>
        <source>Removed “{0}”.</source>
        <translation>Se eliminó “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="367"/>
        <source>Add built-in set</source>
        <translation>Añadir conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="367"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="369"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>Se añadió “{0}”. Revisa la vista previa, ajústalo y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="375"/>
        <location filename="../../gui/tagsets_dialog.py" line="388"/>
        <source>Import a tag set</source>
        <translation>Importar un conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="375"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="383"/>
        <source>Cannot import {0}</source>
        <translation>No se puede importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="388"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>¿Reemplazar tu conjunto de etiquetas “{0}” por el del archivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="390"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>Se importó “{0}”. Revisa la vista previa y después aplícalo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="418"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="418"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="420"/>
        <source>Export the tag set</source>
        <translation>Exportar el conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="433"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="441"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="442"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>¿Descartar tus cambios en “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="442"/>
        <source>the new set</source>
        <translation>el conjunto nuevo</translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <location filename="../../gui/xmp_export.py" line="39"/>
        <source>Write XMP sidecars</source>
        <translation>Escribir archivos XMP adjuntos</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="41"/>
        <source>Write your albums into XMP sidecar files beside your photos (photo.jpg.xmp), where digiKam, darktable and Lightroom read them?

Your photos are not changed. A sidecar that is already there keeps its other keywords.</source>
        <translation>¿Escribir tus álbumes en archivos XMP adjuntos junto a tus fotos (foto.jpg.xmp), donde los leen digiKam, darktable y Lightroom?

Tus fotos no se modifican. Un archivo adjunto que ya existe conserva sus otras palabras clave.</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="47"/>
        <source>Write sidecars</source>
        <translation>Escribir archivos</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="63"/>
        <source>Writing XMP sidecars…</source>
        <translation>Escribiendo archivos XMP adjuntos…</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="74"/>
        <source>XMP sidecars: {0} written, {1} already up to date, {2} failed.</source>
        <translation>Archivos XMP adjuntos: {0} escritos, {1} ya al día, {2} con errores.</translation>
    </message>
</context>
</TS>
