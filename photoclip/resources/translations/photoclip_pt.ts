<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AlbumActions</name>
    <message>
        <location filename="../../gui/user_albums.py" line="47"/>
        <location filename="../../gui/user_albums.py" line="161"/>
        <source>New album…</source>
        <translation>Novo álbum…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="62"/>
        <source>New album</source>
        <translation>Novo álbum</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="62"/>
        <source>Name of the new album:</source>
        <translation>Nome do novo álbum:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="75"/>
        <source>Album “{0}” made with %Ln photos</source>
        <translation>
            <numerusform>Álbum “{0}” criado com %Ln foto</numerusform>
            <numerusform>Álbum “{0}” criado com %Ln fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="76"/>
        <source>Album “{0}” made: drop photos on it, or use Add to album in a photo&apos;s menu</source>
        <translation>Álbum “{0}” criado: solte fotos nele ou use Adicionar ao álbum no menu de uma foto</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="83"/>
        <source>Rename album</source>
        <translation>Renomear álbum</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="83"/>
        <source>New name of “{0}”:</source>
        <translation>Novo nome de “{0}”:</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="88"/>
        <source>Album renamed to “{0}”</source>
        <translation>Álbum renomeado para “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="92"/>
        <source>Delete the album “{0}”? Its %Ln photos stay in your library and in their folders.</source>
        <translation>
            <numerusform>Excluir o álbum “{0}”? Sua %Ln foto continua na sua biblioteca e na pasta dela.</numerusform>
            <numerusform>Excluir o álbum “{0}”? Suas %Ln fotos continuam na sua biblioteca e nas pastas delas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="93"/>
        <source>Delete album</source>
        <translation>Excluir álbum</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="96"/>
        <source>Album “{0}” deleted</source>
        <translation>Álbum “{0}” excluído</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="107"/>
        <source>%Ln photos added to “{0}”</source>
        <translation>
            <numerusform>%Ln foto adicionada a “{0}”</numerusform>
            <numerusform>%Ln fotos adicionadas a “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="116"/>
        <source>%Ln photos taken out of “{0}”</source>
        <translation>
            <numerusform>%Ln foto removida de “{0}”</numerusform>
            <numerusform>%Ln fotos removidas de “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="123"/>
        <source>%Ln photos added to Favourites</source>
        <translation>
            <numerusform>%Ln foto adicionada aos Favoritos</numerusform>
            <numerusform>%Ln fotos adicionadas aos Favoritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="125"/>
        <source>%Ln photos taken out of Favourites</source>
        <translation>
            <numerusform>%Ln foto removida dos Favoritos</numerusform>
            <numerusform>%Ln fotos removidas dos Favoritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="147"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="148"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../../gui/user_albums.py" line="156"/>
        <source>Add to album</source>
        <translation>Adicionar ao álbum</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="99"/>
        <source>photoclip cannot open its window: this session has no display (DISPLAY and WAYLAND_DISPLAY are not set). On a remote machine, use the command line instead, for example: photoclip search &quot;a dog on the beach&quot;. Run photoclip --help to see every command.</source>
        <translation>O photoclip não consegue abrir a sua janela: esta sessão está sem tela (DISPLAY e WAYLAND_DISPLAY não estão definidas). Em uma máquina remota, use a linha de comando, por exemplo: photoclip search &quot;um cachorro na praia&quot;. Execute photoclip --help para ver todos os comandos.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="125"/>
        <source>photoclip is already open: its window was brought to the front.</source>
        <translation>O photoclip já está aberto: a sua janela foi trazida para a frente.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="133"/>
        <source>Another photoclip program is updating this library right now, for example indexing it in the background.

Open the library read-only? You can browse and search; new photos are added by the other program.</source>
        <translation>Outro programa do photoclip está atualizando esta biblioteca neste momento, por exemplo indexando-a em segundo plano.

Abrir a biblioteca só para leitura? Você pode navegar e pesquisar; as fotos novas são adicionadas pelo outro programa.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="186"/>
        <source>Read-only: another photoclip is indexing this library</source>
        <translation>Somente leitura: outro photoclip está indexando esta biblioteca</translation>
    </message>
</context>
<context>
    <name>BuiltinTagSets</name>
    <message>
        <location filename="../../gui/tag_names.py" line="42"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="43"/>
        <source>Where the photo was taken. At most one scene per photo.</source>
        <translation>Onde a foto foi tirada. No máximo uma cena por foto.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="45"/>
        <source>beach</source>
        <translation>praia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="46"/>
        <source>mountains</source>
        <translation>montanhas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="47"/>
        <source>city street</source>
        <translation>rua da cidade</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="48"/>
        <source>forest</source>
        <translation>floresta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="49"/>
        <source>snow</source>
        <translation>neve</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="51"/>
        <source>indoors</source>
        <extracomment>Scenes: a photo taken inside a building</extracomment>
        <translation>ambientes internos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="52"/>
        <source>countryside</source>
        <translation>campo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="53"/>
        <source>lake or river</source>
        <translation>lago ou rio</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="54"/>
        <source>desert</source>
        <translation>deserto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="55"/>
        <source>park or garden</source>
        <translation>parque ou jardim</translation>
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
        <translation>O que a foto mostra. Uma foto pode ter vários temas ou nenhum.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="64"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="65"/>
        <source>pets</source>
        <translation>animais de estimação</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="66"/>
        <source>food</source>
        <translation>comida</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="67"/>
        <source>documents and screenshots</source>
        <translation>documentos e capturas de tela</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="68"/>
        <source>vehicles</source>
        <translation>veículos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="69"/>
        <source>plants and flowers</source>
        <translation>plantas e flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="70"/>
        <source>buildings</source>
        <translation>edifícios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="71"/>
        <source>wild animals</source>
        <translation>animais selvagens</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="72"/>
        <source>babies and children</source>
        <translation>bebês e crianças</translation>
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
        <translation>O que estava acontecendo. A maioria das fotos não tem nenhum.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="81"/>
        <source>birthday</source>
        <translation>aniversário</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="82"/>
        <source>wedding</source>
        <translation>casamento</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="84"/>
        <source>concert</source>
        <extracomment>Events: a band or musician playing live</extracomment>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="86"/>
        <source>sports</source>
        <extracomment>Events: a game or match being played</extracomment>
        <translation>esportes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="87"/>
        <source>graduation</source>
        <translation>formatura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="88"/>
        <source>christmas</source>
        <translation>Natal</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="89"/>
        <source>party</source>
        <translation>festa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="91"/>
        <source>hiking</source>
        <extracomment>Events: people walking on trails</extracomment>
        <translation>trilha</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="92"/>
        <source>travel</source>
        <translation>viagens</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="97"/>
        <source>COCO objects</source>
        <translation>Objetos do COCO</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="98"/>
        <source>The 80 object categories of COCO; for evaluation against labelled photos.</source>
        <translation>As 80 categorias de objetos do COCO; para avaliação com fotos já rotuladas.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="100"/>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="101"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="102"/>
        <source>car</source>
        <translation>carro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="103"/>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="104"/>
        <source>airplane</source>
        <translation>avião</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="105"/>
        <source>bus</source>
        <translation>ônibus</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="106"/>
        <source>train</source>
        <translation>trem</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="107"/>
        <source>truck</source>
        <translation>caminhão</translation>
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
        <translation>hidrante</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="111"/>
        <source>stop sign</source>
        <translation>placa de pare</translation>
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
        <translation>pássaro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="116"/>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="117"/>
        <source>dog</source>
        <translation>cachorro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="118"/>
        <source>horse</source>
        <translation>cavalo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="119"/>
        <source>sheep</source>
        <translation>ovelha</translation>
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
        <translation>urso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="123"/>
        <source>zebra</source>
        <translation>zebra</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="124"/>
        <source>giraffe</source>
        <translation>girafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="125"/>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="126"/>
        <source>umbrella</source>
        <translation>guarda-chuva</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="127"/>
        <source>handbag</source>
        <translation>bolsa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="129"/>
        <source>tie</source>
        <extracomment>COCO: the necktie</extracomment>
        <translation>gravata</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="130"/>
        <source>suitcase</source>
        <translation>mala</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="131"/>
        <source>frisbee</source>
        <translation>frisbee</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="132"/>
        <source>skis</source>
        <translation>esquis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="133"/>
        <source>snowboard</source>
        <translation>prancha de snowboard</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="135"/>
        <source>sports ball</source>
        <extracomment>COCO: any ball used in a sport</extracomment>
        <translation>bola</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="137"/>
        <source>kite</source>
        <extracomment>COCO: the toy kite flown on a string</extracomment>
        <translation>pipa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="138"/>
        <source>baseball bat</source>
        <translation>taco de beisebol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="139"/>
        <source>baseball glove</source>
        <translation>luva de beisebol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="140"/>
        <source>skateboard</source>
        <translation>skate</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="141"/>
        <source>surfboard</source>
        <translation>prancha de surfe</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="142"/>
        <source>tennis racket</source>
        <translation>raquete de tênis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="143"/>
        <source>bottle</source>
        <translation>garrafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="144"/>
        <source>wine glass</source>
        <translation>taça de vinho</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="146"/>
        <source>cup</source>
        <extracomment>COCO: a cup or mug</extracomment>
        <translation>xícara</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="147"/>
        <source>fork</source>
        <translation>garfo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="148"/>
        <source>knife</source>
        <translation>faca</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="149"/>
        <source>spoon</source>
        <translation>colher</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="151"/>
        <source>bowl</source>
        <extracomment>COCO: the dish</extracomment>
        <translation>tigela</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="152"/>
        <source>banana</source>
        <translation>banana</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="153"/>
        <source>apple</source>
        <translation>maçã</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="154"/>
        <source>sandwich</source>
        <translation>sanduíche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="156"/>
        <source>orange</source>
        <extracomment>COCO: the fruit</extracomment>
        <translation>laranja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="157"/>
        <source>broccoli</source>
        <translation>brócolis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="158"/>
        <source>carrot</source>
        <translation>cenoura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="159"/>
        <source>hot dog</source>
        <translation>cachorro-quente</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="160"/>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="161"/>
        <source>donut</source>
        <translation>rosquinha</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="163"/>
        <source>cake</source>
        <extracomment>COCO: the sweet food</extracomment>
        <translation>bolo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="164"/>
        <source>chair</source>
        <translation>cadeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="165"/>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="166"/>
        <source>potted plant</source>
        <translation>planta em vaso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="167"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="168"/>
        <source>dining table</source>
        <translation>mesa de jantar</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="169"/>
        <source>toilet</source>
        <translation>vaso sanitário</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="171"/>
        <source>tv</source>
        <extracomment>COCO: a television set</extracomment>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="172"/>
        <source>laptop</source>
        <translation>notebook</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="174"/>
        <source>mouse</source>
        <extracomment>COCO: the computer mouse</extracomment>
        <translation>mouse</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="176"/>
        <source>remote</source>
        <extracomment>COCO: the remote control</extracomment>
        <translation>controle remoto</translation>
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
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="180"/>
        <source>microwave</source>
        <translation>micro-ondas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="181"/>
        <source>oven</source>
        <translation>forno</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="182"/>
        <source>toaster</source>
        <translation>torradeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="184"/>
        <source>sink</source>
        <extracomment>COCO: the kitchen or bathroom sink</extracomment>
        <translation>pia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="185"/>
        <source>refrigerator</source>
        <translation>geladeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="186"/>
        <source>book</source>
        <translation>livro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="187"/>
        <source>clock</source>
        <translation>relógio</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="189"/>
        <source>vase</source>
        <extracomment>COCO: the flower vase</extracomment>
        <translation>vaso de flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="190"/>
        <source>scissors</source>
        <translation>tesoura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="191"/>
        <source>teddy bear</source>
        <translation>ursinho de pelúcia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="192"/>
        <source>hair drier</source>
        <translation>secador de cabelo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="193"/>
        <source>toothbrush</source>
        <translation>escova de dentes</translation>
    </message>
</context>
<context>
    <name>CaptionsWidget</name>
    <message>
        <location filename="../../gui/captions_widget.py" line="61"/>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="92"/>
        <source>Personalisation learns your words from captions.</source>
        <translation>A personalização aprende suas palavras com as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="120"/>
        <source>This library is open read-only: captions cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="77"/>
        <source>Double-click a caption to change it</source>
        <translation>Clique duas vezes em uma legenda para alterá-la</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="81"/>
        <source>Add a caption, e.g. “Rex asleep on the sofa”</source>
        <translation>Ex.: “Rex dormindo no sofá”</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="84"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="86"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="87"/>
        <source>Remove the selected caption</source>
        <translation>Remover a legenda selecionada</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="174"/>
        <source>This photo already has that caption.</source>
        <translation>Esta foto já tem essa legenda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/captions_widget.py" line="227"/>
        <source>%Ln captions saved</source>
        <translation>
            <numerusform>%Ln legenda salva</numerusform>
            <numerusform>%Ln legendas salvas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="233"/>
        <source>Not saved: {0}</source>
        <translation>Não foi salvo: {0}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_messages.py" line="40"/>
        <source>too large: {0}x{1} pixels exceeds the {2} MP limit</source>
        <extracomment>{0}x{1}: width x height in pixels; {2}: the limit in megapixels</extracomment>
        <translation>grande demais: {0}x{1} pixels excede o limite de {2} MP</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="42"/>
        <source>too large: {0} MP exceeds the {1} MP decoder limit</source>
        <extracomment>{0}: the photo&apos;s megapixels; {1}: the decoder&apos;s limit in megapixels</extracomment>
        <translation>grande demais: {0} MP excede o limite do decodificador de {1} MP</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="43"/>
        <source>too large for the decoder&apos;s safety limit</source>
        <translation>grande demais para o limite de segurança do decodificador</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="44"/>
        <source>file vanished</source>
        <translation>o arquivo sumiu</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="45"/>
        <source>file vanished (deleted during the scan, or a broken link)</source>
        <translation>o arquivo sumiu (foi excluído durante a verificação ou é um link quebrado)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="46"/>
        <source>is a directory</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="47"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="48"/>
        <source>empty file</source>
        <translation>arquivo vazio</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="49"/>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="50"/>
        <source>symlink loop</source>
        <translation>loop de links simbólicos</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="51"/>
        <source>HEIC/HEIF support not installed (pillow-heif)</source>
        <translation>o suporte a HEIC/HEIF não está instalado (pillow-heif)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="52"/>
        <source>not an image (unrecognised data)</source>
        <translation>não é uma imagem (dados não reconhecidos)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="53"/>
        <source>out of memory while decoding</source>
        <translation>memória insuficiente ao decodificar</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="54"/>
        <source>truncated file</source>
        <translation>arquivo truncado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="56"/>
        <source>read error: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>erro de leitura: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="58"/>
        <source>corrupt image data ({0})</source>
        <extracomment>{0}: the decoder&apos;s own words</extracomment>
        <translation>dados de imagem corrompidos ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="59"/>
        <source>bad header</source>
        <translation>cabeçalho inválido</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="61"/>
        <source>cannot decode ({0})</source>
        <extracomment>{0}: the decoder&apos;s error</extracomment>
        <translation>não é possível decodificar ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="62"/>
        <source>cannot write thumbnail: {0}</source>
        <translation>não é possível salvar a miniatura: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="63"/>
        <source>file name is not valid UTF-8 (rename the file to index it)</source>
        <translation>o nome do arquivo não é UTF-8 válido (renomeie o arquivo para indexá-lo)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="64"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="66"/>
        <source>No such file or directory</source>
        <translation>Arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="67"/>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="68"/>
        <source>Operation not permitted</source>
        <translation>Operação não permitida</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="69"/>
        <source>No space left on device</source>
        <translation>Não há espaço livre no dispositivo</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="70"/>
        <source>Disk quota exceeded</source>
        <translation>Cota de disco excedida</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="71"/>
        <source>Input/output error</source>
        <translation>Erro de entrada/saída</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="72"/>
        <source>Read-only file system</source>
        <translation>Sistema de arquivos somente leitura</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="73"/>
        <source>Too many levels of symbolic links</source>
        <translation>Níveis demais de links simbólicos</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="74"/>
        <source>File name too long</source>
        <translation>Nome de arquivo longo demais</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="75"/>
        <source>Is a directory</source>
        <translation>É uma pasta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="76"/>
        <source>Not a directory</source>
        <translation>Não é uma pasta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="77"/>
        <source>Device or resource busy</source>
        <translation>Dispositivo ou recurso ocupado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="79"/>
        <source>There is no library at {0}.</source>
        <translation>Não há nenhuma biblioteca em {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="80"/>
        <source>Add a folder first: `photoclip folders add DIR`.</source>
        <translation>Adicione uma pasta primeiro: `photoclip folders add DIR`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="81"/>
        <source>{0} is not a folder.</source>
        <translation>{0} não é uma pasta.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="82"/>
        <source>Give the path of an existing folder of photos.</source>
        <translation>Informe o caminho de uma pasta de fotos existente.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="84"/>
        <source>{0} is already inside the library folder {1}.</source>
        <extracomment>{0}: the folder being added; {1}: a folder of the library that holds it</extracomment>
        <translation>{0} já está dentro da pasta da biblioteca {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="85"/>
        <source>{0} is not a library folder.</source>
        <translation>{0} não é uma pasta da biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="86"/>
        <source>See `photoclip folders list`.</source>
        <translation>Veja `photoclip folders list`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="87"/>
        <source>The search text is empty.</source>
        <translation>O texto da pesquisa está vazio.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="88"/>
        <source>Describe a photo, e.g. photoclip search &quot;a dog on a beach&quot;.</source>
        <translation>Descreva uma foto; por exemplo: photoclip search &quot;um cachorro na praia&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="89"/>
        <source>{0} is not a file.</source>
        <translation>{0} não é um arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="91"/>
        <source>{0} cannot be read: {1}.</source>
        <extracomment>{0}: a file; {1}: why (a reason such as &quot;truncated file&quot;, or the system&apos;s error)</extracomment>
        <translation>Não é possível ler {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="93"/>
        <source>A quote in the search is not closed.</source>
        <translation>Há aspas não fechadas na busca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="94"/>
        <source>Close it, e.g. &quot;salt + pepper&quot;.</source>
        <translation>Feche as aspas; por exemplo: &quot;sal + pimenta&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="96"/>
        <source>Nothing follows a “{0}” in the search.</source>
        <extracomment>{0}: the sign, + or -</extracomment>
        <translation>Não há nada depois de um “{0}” na busca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="97"/>
        <source>Put a description or a photo after each + or -, e.g. dog + beach - night.</source>
        <translation>Coloque uma descrição ou uma foto depois de cada + ou -; por exemplo: cachorro + praia - noite.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="99"/>
        <source>The weight {0} is not above zero.</source>
        <extracomment>{0}: the number typed before a colon</extracomment>
        <translation>O peso {0} não é maior que zero.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="100"/>
        <source>Use a weight such as 2: or 0.5:, or a - sign to subtract a term.</source>
        <translation>Use um peso como 2: ou 0.5:, ou um sinal - para subtrair um termo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="101"/>
        <source>The search only says what to leave out.</source>
        <translation>A busca só diz o que deixar de fora.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="102"/>
        <source>Say what to look for too, e.g. beach - people.</source>
        <translation>Diga também o que procurar; por exemplo: praia - pessoas.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="103"/>
        <source>Check the path of the photo in the search.</source>
        <translation>Verifique o caminho da foto na busca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="105"/>
        <source>Photo {0} has not been indexed yet.</source>
        <extracomment>{0}: a photo id</extracomment>
        <translation>A foto {0} ainda não foi indexada.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="106"/>
        <source>Run `photoclip index`.</source>
        <translation>Execute `photoclip index`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="107"/>
        <source>The library at {0} is already open for writing in another photoclip process.</source>
        <translation>A biblioteca em {0} já está aberta para gravação em outro processo do photoclip.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="109"/>
        <source>The library at {0} is already open for writing in another photoclip process (pid {1}).</source>
        <extracomment>{1}: a process id</extracomment>
        <translation>A biblioteca em {0} já está aberta para gravação em outro processo do photoclip (pid {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="110"/>
        <source>Only one process can change a library at a time. Stop the other one (for example a running `photoclip watch`) and try again; `photoclip search`, `similar` and `status` still work meanwhile.</source>
        <translation>Só um processo pode alterar uma biblioteca por vez. Encerre o outro (por exemplo, um `photoclip watch` em execução) e tente de novo; enquanto isso, `photoclip search`, `similar` e `status` continuam funcionando.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="115"/>
        <source>The library catalog {0} is damaged ({1}).</source>
        <extracomment>{0}: the catalog file; {1}: SQLite&apos;s error</extracomment>
        <translation>O catálogo da biblioteca {0} está danificado ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="116"/>
        <source>The library catalog {0} cannot be read: {1}.</source>
        <translation>Não é possível ler o catálogo da biblioteca {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="117"/>
        <source>The library catalog {0} cannot be read or written ({1}).</source>
        <translation>Não é possível ler nem gravar o catálogo da biblioteca {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="118"/>
        <source>The disk is full: the library catalog {0} cannot grow. The change in progress was not stored; everything before it is kept.</source>
        <translation>O disco está cheio: o catálogo da biblioteca {0} não pode crescer. A alteração em andamento não foi salva; tudo o que veio antes foi mantido.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="122"/>
        <source>Free some disk space and run the command again.</source>
        <translation>Libere espaço em disco e execute o comando de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="123"/>
        <source>Check the disk (full, unplugged or failing?) and run the command again.</source>
        <translation>Verifique o disco (cheio, desconectado ou com defeito?) e execute o comando de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="125"/>
        <source>The catalog {0} was written by a newer photoclip (schema {1}, this one knows {2}).</source>
        <extracomment>{1}: the catalog&apos;s schema version; {2}: the newest this photoclip knows</extracomment>
        <translation>O catálogo {0} foi gravado por um photoclip mais recente (esquema {1}; esta versão conhece até o {2}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="126"/>
        <source>Upgrade photoclip, or point --home at another library.</source>
        <translation>Atualize o photoclip ou aponte --home para outra biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="127"/>
        <source>The catalog {0} could not be backed up before upgrading it: {1}.</source>
        <translation>Não foi possível fazer backup do catálogo {0} antes de atualizá-lo: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="128"/>
        <source>Free some disk space and run the command again; the catalog was not changed.</source>
        <translation>Libere espaço em disco e execute o comando de novo; o catálogo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="129"/>
        <source>A backup made before the last upgrade is at {0}. Move the damaged file aside and copy the backup in its place.</source>
        <translation>Há um backup feito antes da última atualização em {0}. Mova o arquivo danificado para outro lugar e copie o backup no lugar dele.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="133"/>
        <source>Move {0} aside and run `photoclip index` to build a new catalog (photos are re-scanned).</source>
        <translation>Mova {0} para outro lugar e execute `photoclip index` para criar um catálogo novo (as fotos são verificadas de novo).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="135"/>
        <source>Stored vectors for {0} have {1} dimensions, expected {2}.</source>
        <extracomment>{0}: a model name; {1} and {2}: numbers of dimensions</extracomment>
        <translation>Os vetores salvos para {0} têm {1} dimensões; eram esperadas {2}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="136"/>
        <source>The search index {0} cannot be saved: {1}.</source>
        <translation>Não é possível salvar o índice de pesquisa {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="137"/>
        <source>Free some disk space. Nothing is lost: the index is brought up to date from the catalog when it is next opened.</source>
        <translation>Libere espaço em disco. Nada se perde: o índice é atualizado a partir do catálogo na próxima vez que for aberto.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="141"/>
        <source>The indexing service needs a library opened for writing.</source>
        <translation>O serviço de indexação precisa de uma biblioteca aberta para gravação.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="143"/>
        <source>Cannot watch {0} for changes ({1}); it is still rescanned every few minutes.</source>
        <extracomment>{0}: a folder; {1}: the system&apos;s error</extracomment>
        <translation>Não é possível monitorar alterações em {0} ({1}); a pasta continua sendo verificada a cada poucos minutos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="144"/>
        <source>Cannot watch {0} for changes ({1}); it is still rescanned every few minutes. On Linux, raise fs.inotify.max_user_watches.</source>
        <translation>Não é possível monitorar alterações em {0} ({1}); a pasta continua sendo verificada a cada poucos minutos. No Linux, aumente fs.inotify.max_user_watches.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="148"/>
        <source>The settings file {0} cannot be read: {1}.</source>
        <translation>Não é possível ler o arquivo de configurações {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="150"/>
        <source>The folder {0} cannot be created: {1}.</source>
        <extracomment>{0}: a folder the user chose to copy photos to; {1}: the operating system&apos;s reason</extracomment>
        <translation>Não é possível criar a pasta {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="151"/>
        <source>Fix or delete it to use the defaults.</source>
        <translation>Corrija-o ou exclua-o para usar os valores padrão.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="152"/>
        <source>The settings file {0} does not hold a JSON object.</source>
        <translation>O arquivo de configurações {0} não contém um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="153"/>
        <source>Fix or delete it.</source>
        <translation>Corrija-o ou exclua-o.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="246"/>
        <source>Unknown model {0}.</source>
        <translation>Modelo desconhecido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="247"/>
        <source>Known models: {0}.</source>
        <translation>Modelos conhecidos: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="249"/>
        <source>The weights of model {0} are missing ({1}).</source>
        <extracomment>{1}: the expected weights file</extracomment>
        <translation>Os pesos do modelo {0} estão faltando ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="250"/>
        <source>Model {0} has no weights file name in the registry.</source>
        <translation>O modelo {0} não tem nome de arquivo de pesos no registro.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="252"/>
        <source>Cannot download model {0}: {1} is unreachable ({2}).</source>
        <extracomment>{1}: the download server; {2}: why it cannot be reached</extracomment>
        <translation>Não é possível baixar o modelo {0}: {1} está inacessível ({2}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="253"/>
        <source>Check the address (HF_ENDPOINT is {0}) or try again later.</source>
        <translation>Verifique o endereço (HF_ENDPOINT é {0}) ou tente de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="254"/>
        <source>Cannot download {0}: {1}.</source>
        <translation>Não é possível baixar {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="256"/>
        <source>Cannot load model {0} ({1}) from {2}: {3}</source>
        <extracomment>{0}: the model; {1}: its architecture; {2}: the weights file; {3}: the error</extracomment>
        <translation>Não é possível carregar o modelo {0} ({1}) de {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="257"/>
        <source>The file may be damaged or for another architecture: delete it and download or import it again.</source>
        <translation>O arquivo pode estar danificado ou ser de outra arquitetura: exclua-o e baixe-o ou importe-o de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="261"/>
        <source>No such file: {0}</source>
        <translation>Arquivo inexistente: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="262"/>
        <source>Import refused: this file contains pickled code or Python objects other than tensors ({0}), and photoclip never executes code from a weights file.</source>
        <translation>Importação recusada: este arquivo contém código serializado (pickle) ou objetos Python que não são tensores ({0}), e o photoclip nunca executa código de um arquivo de pesos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="266"/>
        <source>Get the model&apos;s .safetensors (or plain state-dict .bin) file instead, or convert it on a machine where you trust its origin.</source>
        <translation>Obtenha em vez disso o arquivo .safetensors do modelo (ou um .bin que seja só um state dict), ou converta-o em um computador onde você confie na origem dele.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="270"/>
        <source>{0} is not a valid safetensors file ({1}).</source>
        <translation>{0} não é um arquivo safetensors válido ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="271"/>
        <source>not a valid safetensors file ({0})</source>
        <translation>não é um arquivo safetensors válido ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="272"/>
        <source>Cannot read {0} as a PyTorch checkpoint ({1}).</source>
        <translation>Não é possível ler {0} como checkpoint do PyTorch ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="273"/>
        <source>The file does not contain a state dict (a mapping of names to tensors).</source>
        <translation>O arquivo não contém um state dict (um mapeamento de nomes para tensores).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="274"/>
        <source>the file holds no tensors</source>
        <translation>o arquivo não contém tensores</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="275"/>
        <source>{0} holds non-tensor entries ({1}).</source>
        <translation>{0} contém entradas que não são tensores ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="276"/>
        <source>it holds no image-tower (&apos;visual.*&apos;) weights, so it is not a {0} model</source>
        <translation>não contém pesos da torre de imagem (&apos;visual.*&apos;), então não é um modelo {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="277"/>
        <source>Cannot build the {0} architecture: {1}</source>
        <translation>Não é possível construir a arquitetura {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="279"/>
        <source>The weights do not match the {0} architecture: {1}.</source>
        <extracomment>{1}: what does not match (missing keys, unexpected keys, wrong sizes)</extracomment>
        <translation>Os pesos não correspondem à arquitetura {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="280"/>
        <source>The weights do not match the {0} architecture: {1}. Is {2} really a {3} checkpoint?</source>
        <translation>Os pesos não correspondem à arquitetura {0}: {1}. {2} é mesmo um checkpoint {3}?</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="282"/>
        <source>missing keys: {0}</source>
        <extracomment>{0}: names of weights</extracomment>
        <translation>chaves ausentes: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="283"/>
        <source>unexpected keys: {0}</source>
        <translation>chaves inesperadas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="284"/>
        <source>wrong sizes: {0}</source>
        <translation>tamanhos incorretos: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="285"/>
        <source>The list of imported models ({0}) is damaged: {1}.</source>
        <translation>A lista de modelos importados ({0}) está danificada: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="286"/>
        <source>Delete it and import the models again.</source>
        <translation>Exclua-a e importe os modelos de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="287"/>
        <source>Invalid model name {0}.</source>
        <translation>Nome de modelo inválido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="288"/>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64 characters).</source>
        <translation>Use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos; (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="289"/>
        <source>The name {0} is already used by a built-in model.</source>
        <translation>O nome {0} já é usado por um modelo incluído.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="290"/>
        <source>The name {0} is already used by an imported model.</source>
        <translation>O nome {0} já é usado por um modelo importado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="292"/>
        <source>--device {0} was asked for, but no CUDA GPU is available.</source>
        <extracomment>{0}: a device name such as cuda</extracomment>
        <translation>Foi pedido --device {0}, mas não há nenhuma GPU CUDA disponível.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="293"/>
        <source>--device mps was asked for, but Apple MPS is not available.</source>
        <translation>Foi pedido --device mps, mas o Apple MPS não está disponível.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="294"/>
        <source>Use --device cpu.</source>
        <translation>Use --device cpu.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="295"/>
        <source>Unknown device {0}.</source>
        <translation>Dispositivo desconhecido: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="296"/>
        <source>Use auto, cpu, cuda or mps.</source>
        <translation>Use auto, cpu, cuda ou mps.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="297"/>
        <source>Unknown precision {0}.</source>
        <translation>Precisão desconhecida: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="298"/>
        <source>Use auto, fp32 or bf16.</source>
        <translation>Use auto, fp32 ou bf16.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="299"/>
        <source>Unknown open_clip architecture {0}.</source>
        <translation>Arquitetura do open_clip desconhecida: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="301"/>
        <source>Did you mean one of: {0}? (`python -c &quot;import open_clip; print(open_clip.list_models())&quot;` lists all {1}.)</source>
        <extracomment>{0}: architectures; {1}: how many there are. Keep the command in backquotes as it is</extracomment>
        <translation>Você quis dizer uma destas: {0}? (`python -c &quot;import open_clip; print(open_clip.list_models())&quot;` lista todas as {1}.)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="306"/>
        <source>The model {0} cannot be personalised: its projection heads are not plain matrices.</source>
        <translation>O modelo {0} não pode ser personalizado: as camadas de projeção dele não são matrizes simples.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="307"/>
        <source>Personalise an OpenCLIP ViT model such as vit-b-32.</source>
        <translation>Personalize um modelo ViT do OpenCLIP, como o vit-b-32.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="308"/>
        <source>The model {0} cannot be personalised.</source>
        <translation>O modelo {0} não pode ser personalizado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="309"/>
        <source>Photos are still being embedded with {0}.</source>
        <translation>Ainda há fotos sendo processadas com {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="310"/>
        <source>Run `photoclip index` to finish the model switch, then personalise.</source>
        <translation>Execute `photoclip index` para concluir a troca de modelo e depois personalize.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="312"/>
        <source>Not applied: the trained heads do not improve held-out recall ({0}).</source>
        <extracomment>{0}: the held-out recall before and after (translated on its own)</extracomment>
        <translation>Não aplicado: as camadas treinadas não melhoram o acerto na validação ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="313"/>
        <source>held-out recall before: {0}; after: {1}</source>
        <translation>acerto na validação antes: {0}; depois: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="315"/>
        <source>R@1 {0}%  R@5 {1}%  R@10 {2}%</source>
        <extracomment>Recall at 1, 5 and 10 as percentages; only the numbers&apos; format may need to change</extracomment>
        <translation>R@1 {0}%  R@5 {1}%  R@10 {2}%</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="316"/>
        <source>Add more captions, or captions that describe what you search for, and train again.</source>
        <translation>Adicione mais legendas, ou legendas que descrevam o que você pesquisa, e treine de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="318"/>
        <source>This result personalises {0}, but searches use {1}.</source>
        <extracomment>{0}: the model the result was trained for; {1}: the model searches use</extracomment>
        <translation>Este resultado personaliza {0}, mas as pesquisas usam {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="320"/>
        <source>The profile {0} does not fit {1} ({2} != {3} dimensions).</source>
        <extracomment>{2} and {3}: numbers of dimensions</extracomment>
        <translation>O perfil {0} não corresponde a {1} ({2} != {3} dimensões).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="321"/>
        <source>Personalisation needs captions on at least {0} indexed photos; {1} have them.</source>
        <translation>A personalização precisa de legendas em pelo menos {0} fotos indexadas; agora {1} têm legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="322"/>
        <source>Add captions (photoclip captions import FILE.csv) and index the photos first.</source>
        <translation>Adicione legendas (photoclip captions import FILE.csv) e indexe as fotos antes.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="323"/>
        <source>Personalisation needs captioned photos both to train on and to hold out.</source>
        <translation>A personalização precisa de fotos com legenda tanto para treinar quanto para reservar.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="325"/>
        <source>There is no personalisation profile {0} for {1}.</source>
        <extracomment>{0}: a profile name; {1}: a model</extracomment>
        <translation>Não há nenhum perfil de personalização {0} para {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="326"/>
        <source>Saved profiles: {0}.</source>
        <translation>Perfis salvos: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="327"/>
        <source>The profile file {0} cannot be read: {1}.</source>
        <translation>Não é possível ler o arquivo de perfil {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="328"/>
        <source>Delete it and train again.</source>
        <translation>Exclua-o e treine de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="330"/>
        <source>{0} does not exist.</source>
        <translation>{0} não existe.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="332"/>
        <source>{0} is not UTF-8 text ({1}).</source>
        <extracomment>{1}: the decoder&apos;s words</extracomment>
        <translation>{0} não é texto UTF-8 ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="333"/>
        <source>Save it as UTF-8 CSV.</source>
        <translation>Salve-o como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="334"/>
        <source>{0} is not a readable CSV file: {1}.</source>
        <translation>{0} não é um arquivo CSV legível: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="336"/>
        <source>expected 2 columns (path,caption), found {0} (quote captions that contain commas)</source>
        <extracomment>{0}: a number of columns</extracomment>
        <translation>eram esperadas 2 colunas (caminho,legenda), mas há {0} (coloque entre aspas as legendas que tenham vírgulas)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="339"/>
        <source>the photo path is empty</source>
        <translation>o caminho da foto está vazio</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="340"/>
        <source>the caption is empty</source>
        <translation>a legenda está vazia</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="341"/>
        <source>no such photo: {0}</source>
        <translation>foto inexistente: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="342"/>
        <source>photo not in the library: {0} (add its folder and run `photoclip index`)</source>
        <translation>a foto não está na biblioteca: {0} (adicione a pasta dela e execute `photoclip index`)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="343"/>
        <source>photo was removed from the library: {0}</source>
        <translation>a foto foi removida da biblioteca: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="346"/>
        <source>{0}, line {1}: {2}</source>
        <extracomment>{0}: a file; {1}: a line number; {2}: what is wrong</extracomment>
        <translation>{0}, linha {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="347"/>
        <source>Fix the file and import it again (see `photoclip tags export` for a valid example).</source>
        <translation>Corrija o arquivo e importe-o de novo (veja `photoclip tags export` para um exemplo válido).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="348"/>
        <source>{0} is neither a .toml nor a .json file.</source>
        <translation>{0} não é um arquivo .toml nem .json.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="349"/>
        <source>Tag sets are TOML or JSON files.</source>
        <translation>Os conjuntos de etiquetas são arquivos TOML ou JSON.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="350"/>
        <source>Cannot read {0}: {1}.</source>
        <translation>Não é possível ler {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="351"/>
        <source>Cannot write {0}: {1}.</source>
        <translation>Não é possível gravar {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="352"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="354"/>
        <source>not valid TOML: {0}</source>
        <extracomment>{0}: the TOML reader&apos;s own words</extracomment>
        <translation>TOML inválido: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="356"/>
        <source>not valid JSON: {0} (column {1})</source>
        <extracomment>{0}: the JSON reader&apos;s own words; {1}: a column number</extracomment>
        <translation>JSON inválido: {0} (coluna {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="357"/>
        <source>nested too deeply to be a tag set (arrays or tables inside each other thousands of times)</source>
        <translation>aninhado demais para ser um conjunto de etiquetas (listas ou tabelas umas dentro das outras milhares de vezes)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="358"/>
        <source>the file must hold a table (TOML) or an object (JSON) at the top</source>
        <translation>o arquivo deve conter uma tabela (TOML) ou um objeto (JSON) no nível superior</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="360"/>
        <source>unknown key {0} (known keys: {1})</source>
        <extracomment>{0}: a key of the file; {1}: the keys it may have</extracomment>
        <translation>chave desconhecida {0} (chaves conhecidas: {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="361"/>
        <source>unknown key {0} (a tag knows: {1})</source>
        <translation>chave desconhecida {0} (uma etiqueta aceita: {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="362"/>
        <source>missing key {0}</source>
        <translation>falta a chave {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="363"/>
        <source>missing key &apos;tags&apos; (the list of tags)</source>
        <translation>falta a chave &apos;tags&apos; (a lista de etiquetas)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="365"/>
        <source>a set name cannot contain {0}</source>
        <extracomment>{0}: a character</extracomment>
        <translation>o nome de um conjunto não pode conter {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="366"/>
        <source>a label cannot contain {0}</source>
        <translation>o nome de uma etiqueta não pode conter {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="368"/>
        <source>mode must be &quot;exclusive&quot; or &quot;multi&quot;, not {0}</source>
        <extracomment>&quot;exclusive&quot; and &quot;multi&quot; are words of the file: keep them in English</extracomment>
        <translation>mode deve ser &quot;exclusive&quot; ou &quot;multi&quot;, não {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="369"/>
        <source>&apos;tags&apos; must be a non-empty list</source>
        <translation>&apos;tags&apos; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="370"/>
        <source>too many tags ({0}; at most {1})</source>
        <translation>etiquetas demais ({0}; no máximo {1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="372"/>
        <source>an exclusive set needs at least 2 tags (use mode = &quot;multi&quot; for one)</source>
        <extracomment>mode = &quot;multi&quot; is a line of the file: keep it in English</extracomment>
        <translation>um conjunto exclusivo precisa de pelo menos 2 etiquetas (use mode = &quot;multi&quot; para uma só)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="373"/>
        <source>a tag must be a label (a string) or a table with &apos;label&apos;</source>
        <translation>uma etiqueta deve ser um nome (um texto) ou uma tabela com &apos;label&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="375"/>
        <source>the label {0} is already used by tags[{1}]</source>
        <extracomment>{0}: a label; {1}: the number of the tag that has it</extracomment>
        <translation>o nome {0} já é usado por tags[{1}]</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="376"/>
        <source>&apos;prompts&apos; must be a list of non-empty strings</source>
        <translation>&apos;prompts&apos; deve ser uma lista de textos não vazios</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="377"/>
        <source>at most {0} prompts of at most {1} characters</source>
        <translation>no máximo {0} textos de no máximo {1} caracteres</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="379"/>
        <source>{0} must be a non-empty string</source>
        <extracomment>{0}: a key of the file, such as &apos;label&apos;</extracomment>
        <translation>{0} deve ser um texto não vazio</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="380"/>
        <source>{0} is too long (at most {1} characters)</source>
        <translation>{0} é longo demais (no máximo {1} caracteres)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="381"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} deve ser um número, não {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="382"/>
        <source>{0} must be between {1} and {2}, not {3}</source>
        <translation>{0} deve estar entre {1} e {2}, não {3}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="383"/>
        <source>&apos;templates&apos; must be a name or a non-empty list of texts</source>
        <translation>&apos;templates&apos; deve ser um nome ou uma lista de textos não vazia</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="385"/>
        <source>unknown template set {0} (use {1} or a list of texts with {{}})</source>
        <extracomment>{{}} is the place where a template puts the label: keep it as it is</extracomment>
        <translation>conjunto de templates desconhecido {0} (use {1} ou uma lista de textos com {{}})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="386"/>
        <source>the template {0} has no {{}} where the label goes</source>
        <translation>o template {0} não tem {{}} onde entra o nome da etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="387"/>
        <source>at most {0} templates</source>
        <translation>no máximo {0} templates</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="388"/>
        <source>There is no tag set named {0}.</source>
        <translation>Não há nenhum conjunto de etiquetas chamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="389"/>
        <source>See `photoclip tags list`.</source>
        <translation>Veja `photoclip tags list`.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="390"/>
        <source>A tag set named {0} exists already.</source>
        <translation>Já existe um conjunto de etiquetas chamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="391"/>
        <source>Choose another name.</source>
        <translation>Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="392"/>
        <source>Choose another name, or replace it.</source>
        <translation>Escolha outro nome ou substitua-o.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="393"/>
        <source>There is no built-in tag set {0}.</source>
        <translation>Não há nenhum conjunto de etiquetas predefinido {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="394"/>
        <source>Built-in sets: {0}.</source>
        <translation>Conjuntos predefinidos: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="395"/>
        <source>There is no tag {0}.</source>
        <translation>Não há nenhuma etiqueta {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="396"/>
        <source>See `photoclip tags list`; name a tag as LABEL or SET|LABEL.</source>
        <translation>Veja `photoclip tags list`; indique uma etiqueta como LABEL ou SET|LABEL.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="397"/>
        <source>The tag {0} is in several sets: {1}.</source>
        <translation>A etiqueta {0} está em vários conjuntos: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="398"/>
        <source>Name it as SET|LABEL.</source>
        <translation>Indique-a como SET|LABEL.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="399"/>
        <source>{0} is not a photo of this library.</source>
        <translation>{0} não é uma foto desta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="400"/>
        <source>Give a path shown by `photoclip tags show` or a photo id.</source>
        <translation>Informe um caminho mostrado por `photoclip tags show` ou um id de foto.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="401"/>
        <source>{0} has no labelled photos.</source>
        <translation>{0} não tem fotos rotuladas.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="402"/>
        <source>None of the photos listed in {0} could be read.</source>
        <translation>Não foi possível ler nenhuma das fotos listadas em {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="403"/>
        <source>Check that they are below {0}.</source>
        <translation>Verifique se elas estão dentro de {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="405"/>
        <source>Cannot read {0} as file,categories CSV: {1}.</source>
        <extracomment>{0}: a file; {1}: the CSV reader&apos;s words</extracomment>
        <translation>Não é possível ler {0} como CSV de file,categories: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="406"/>
        <source>This library&apos;s catalog predates tag sets and is open read-only.</source>
        <translation>O catálogo desta biblioteca é anterior aos conjuntos de etiquetas e está aberto somente para leitura.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="407"/>
        <source>Run any photoclip command that writes (e.g. `photoclip status` while `photoclip watch` is not running) to upgrade it.</source>
        <translation>Execute qualquer comando do photoclip que grave (por exemplo, `photoclip status` enquanto `photoclip watch` não estiver em execução) para atualizá-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="413"/>
        <source>The threshold must be above 0 and at most 1, not {0}.</source>
        <extracomment>{0}: the number the user gave</extracomment>
        <translation>O limiar deve ser maior que 0 e no máximo 1, não {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="414"/>
        <source>Near copies score close to 1; the default is 0.99.</source>
        <translation>Cópias quase idênticas pontuam perto de 1; o padrão é 0,99.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="415"/>
        <source>The library is open read-only: nothing can be moved.</source>
        <translation>A biblioteca está aberta só para leitura: nada pode ser movido.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="416"/>
        <source>Stop `photoclip watch` (or the app) and try again.</source>
        <translation>Pare o `photoclip watch` (ou o aplicativo) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="418"/>
        <source>The threshold must be between {0} and 1 to regroup, not {1}.</source>
        <extracomment>{0}: the lowest threshold the search ran at; {1}: the number asked for</extracomment>
        <translation>Para reagrupar, o limiar precisa estar entre {0} e 1, não {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="419"/>
        <source>Find the duplicates again at the lower threshold.</source>
        <translation>Procure as duplicatas de novo com o limiar mais baixo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="422"/>
        <source>not moved: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>não movido: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="423"/>
        <source>not moved: the file changed since it was compared</source>
        <translation>não movido: o arquivo mudou desde que foi comparado</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="425"/>
        <source>not restored: {0}</source>
        <extracomment>{0}: the operating system&apos;s description of the error</extracomment>
        <translation>não trazido de volta: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="427"/>
        <source>not restored: another file is there now (the copy stays at {0})</source>
        <extracomment>{0}: where the copy is kept, in the library&apos;s holding folder</extracomment>
        <translation>não trazido de volta: agora há outro arquivo no lugar (a cópia fica em {0})</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="428"/>
        <source>restored; run `photoclip index` to bring it back into search</source>
        <translation>trazido de volta; execute `photoclip index` para que volte às buscas</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="429"/>
        <source>the file is gone (run `photoclip index` to catch up)</source>
        <translation>o arquivo sumiu (execute `photoclip index` para atualizar)</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="431"/>
        <source>That album no longer exists.</source>
        <translation>Esse álbum não existe mais.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="432"/>
        <source>It was deleted; the photos in it are still in the library.</source>
        <translation>Ele foi excluído; as fotos dele continuam na biblioteca.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="434"/>
        <source>There is no album called {0}.</source>
        <extracomment>{0}: the album name the user typed</extracomment>
        <translation>Não há nenhum álbum chamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="436"/>
        <source>Your albums: {0}.</source>
        <extracomment>{0}: the names of the user&apos;s albums, or &quot;none yet&quot;</extracomment>
        <translation>Seus álbuns: {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="437"/>
        <source>An album needs a name.</source>
        <translation>Um álbum precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="439"/>
        <source>An album name can have at most {0} characters.</source>
        <extracomment>{0}: a number of characters</extracomment>
        <translation>O nome de um álbum pode ter no máximo {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="441"/>
        <source>There is already an album called {0}.</source>
        <extracomment>{0}: the album name</extracomment>
        <translation>Já existe um álbum chamado {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="156"/>
        <source>{0} is a TorchScript model (such as OpenAI&apos;s original ViT-B-32.pt), which photoclip does not import: it holds program code, not only weights.</source>
        <extracomment>{0}: a file name</extracomment>
        <translation>{0} é um modelo TorchScript (como o ViT-B-32.pt original da OpenAI), que o photoclip não importa: contém código de programa, não apenas pesos.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="160"/>
        <source>Use the model&apos;s open_clip weights instead; for OpenAI&apos;s ViT-B-32 that is open_clip_model.safetensors of timm/vit_base_patch32_clip_224.openai on the Hugging Face hub, imported with the architecture ViT-B-32-quickgelu.</source>
        <translation>Use em vez disso os pesos open_clip do modelo; para o ViT-B-32 da OpenAI é o open_clip_model.safetensors de timm/vit_base_patch32_clip_224.openai no hub do Hugging Face, importado com a arquitetura ViT-B-32-quickgelu.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="164"/>
        <source>{0} is a Hugging Face transformers CLIP checkpoint, not an open_clip one: photoclip cannot use this format.</source>
        <translation>{0} é um checkpoint CLIP do Hugging Face transformers, não um do open_clip: o photoclip não pode usar este formato.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="165"/>
        <source>Take the open_clip file from the same Hugging Face repository instead (open_clip_model.safetensors or open_clip_pytorch_model.bin).</source>
        <translation>Use em vez disso o arquivo open_clip do mesmo repositório do Hugging Face (open_clip_model.safetensors ou open_clip_pytorch_model.bin).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="170"/>
        <source>Check the architecture: is {0} really a {1} checkpoint?</source>
        <extracomment>{0}: a file name; {1}: an architecture</extracomment>
        <translation>Verifique a arquitetura: {0} é mesmo um checkpoint {1}?</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="171"/>
        <source>{0} is a plain weights file, so photoclip needs to be told its open_clip architecture (such as ViT-B-32).</source>
        <translation>{0} é um arquivo de pesos simples, então é preciso informar ao photoclip a sua arquitetura open_clip (como ViT-B-32).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="172"/>
        <source>Give the architecture, or import a model archive instead (exported by photoclip): it carries it.</source>
        <translation>Informe a arquitetura, ou importe em vez disso um arquivo de modelo (exportado pelo photoclip): ele a inclui.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="174"/>
        <source>Cannot import {0}: expected an open_clip checkpoint ({1}) or a photoclip model archive.</source>
        <extracomment>{1}: the accepted file name endings</extracomment>
        <translation>Não é possível importar {0}: era esperado um checkpoint do open_clip ({1}) ou um arquivo de modelo do photoclip.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="175"/>
        <source>{0} was made by a newer photoclip (archive format {1}).</source>
        <translation>{0} foi criado por um photoclip mais recente (formato de arquivo {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="176"/>
        <source>Update photoclip on this machine, or export the model with this version.</source>
        <translation>Atualize o photoclip nesta máquina, ou exporte o modelo com esta versão.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="178"/>
        <source>The model archive {0} is damaged ({1}).</source>
        <extracomment>{1}: what is wrong, in the words of the program that read it</extracomment>
        <translation>O arquivo de modelo {0} está danificado ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="180"/>
        <source>The model archive {0} is damaged: {1}</source>
        <extracomment>{1}: another message</extracomment>
        <translation>O arquivo de modelo {0} está danificado: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="182"/>
        <source>The model archive {0} is damaged: {1} does not match its checksum.</source>
        <extracomment>{1}: a file inside the archive</extracomment>
        <translation>O arquivo de modelo {0} está danificado: {1} não corresponde à sua soma de verificação.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="183"/>
        <source>The model archive {0} is damaged (it lacks {1}).</source>
        <translation>O arquivo de modelo {0} está danificado (falta {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="184"/>
        <source>The model archive {0} lacks the text encoder files of {1}.</source>
        <translation>Ao arquivo de modelo {0} faltam os arquivos do codificador de texto de {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="185"/>
        <source>Export the model again and copy the archive once more.</source>
        <translation>Exporte o modelo de novo e copie o arquivo mais uma vez.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="186"/>
        <source>The archive {0} holds other weights than the built-in model {1} (architecture {2}, sha256 {3}).</source>
        <translation>O arquivo {0} contém outros pesos que não os do modelo embutido {1} (arquitetura {2}, sha256 {3}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="187"/>
        <source>Import it under another name.</source>
        <translation>Importe-o com outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="189"/>
        <source>The hub at {0} has no {1}.</source>
        <extracomment>{0}: a web address; {1}: what it lacks (translated on its own)</extracomment>
        <translation>O hub em {0} não tem {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="191"/>
        <source>revision {0} of {1}</source>
        <extracomment>{0}: a commit; {1}: a repository</extracomment>
        <translation>a revisão {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="193"/>
        <source>{0} at revision {1} of {2}</source>
        <extracomment>{0}: a file; {1}: a commit; {2}: a repository</extracomment>
        <translation>{0} na revisão {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="194"/>
        <source>the repository {0}</source>
        <translation>o repositório {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="195"/>
        <source>A mirror may lack it: check HF_ENDPOINT, or set up the model from a file.</source>
        <translation>Pode ser que um espelho não o tenha: verifique HF_ENDPOINT, ou configure o modelo a partir de um arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="196"/>
        <source>{0} does not answer like a Hugging Face hub (no commit or ETag for {1}).</source>
        <translation>{0} não responde como um hub do Hugging Face (sem commit nem ETag para {1}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="197"/>
        <source>HF_ENDPOINT must be the address of a Hugging Face hub or mirror.</source>
        <translation>HF_ENDPOINT deve ser o endereço de um hub do Hugging Face ou de um espelho.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="199"/>
        <source>Downloading {0} failed: HTTP {1}.</source>
        <extracomment>{1}: an HTTP status code</extracomment>
        <translation>O download de {0} falhou: HTTP {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="200"/>
        <source>Downloading {0} from {1} failed: HTTP {2}.</source>
        <translation>O download de {0} de {1} falhou: HTTP {2}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="202"/>
        <source>The download of {0} broke off after {1} of {2} MB.</source>
        <extracomment>{1}, {2}: megabytes</extracomment>
        <translation>O download de {0} foi interrompido após {1} de {2} MB.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="203"/>
        <source>Run it again: the download resumes where it stopped.</source>
        <translation>Execute de novo: o download continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="205"/>
        <source>Not enough disk space for {0} in {1}: {2} MB are needed, {3} MB are free.</source>
        <extracomment>{0}: a file; {1}: a folder</extracomment>
        <translation>Não há espaço suficiente em disco para {0} em {1}: são necessários {2} MB, há {3} MB livres.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="206"/>
        <source>Not enough disk space for {0} in {1}.</source>
        <translation>Não há espaço suficiente em disco para {0} em {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="207"/>
        <source>Free some space on that disk (or move the Hugging Face cache with HF_HOME) and try again.</source>
        <translation>Libere espaço nesse disco (ou mova o cache do Hugging Face com HF_HOME) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="208"/>
        <source>The model {0} needs the Python package {1} for its text encoder (architecture {2}), and it is not installed.</source>
        <translation>O modelo {0} precisa do pacote Python {1} para o seu codificador de texto (arquitetura {2}), e ele não está instalado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="209"/>
        <source>photoclip depends on it: install photoclip again (with pip) in this environment to get it.</source>
        <translation>O photoclip depende dele: instale o photoclip de novo (com pip) neste ambiente para obtê-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="210"/>
        <source>Download them again, or import them.</source>
        <translation>Baixe-os de novo, ou importe-os.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="211"/>
        <source>The text encoder files of model {0} are missing.</source>
        <translation>Faltam os arquivos do codificador de texto do modelo {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="212"/>
        <source>Download the model again, or import it.</source>
        <translation>Baixe o modelo de novo, ou importe-o.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="213"/>
        <source>The files of imported model {0} are missing from {1}.</source>
        <translation>Faltam os arquivos do modelo importado {0} em {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="214"/>
        <source>Import the model again.</source>
        <translation>Importe o modelo de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="215"/>
        <source>The model {0} is not on this machine yet, and downloads are off (HF_HUB_OFFLINE is set).</source>
        <translation>O modelo {0} ainda não está nesta máquina, e os downloads estão desativados (HF_HUB_OFFLINE está definido).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="216"/>
        <source>The model {0} is not on this machine yet.</source>
        <translation>O modelo {0} ainda não está nesta máquina.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="218"/>
        <source>To set it up without a network, export it to a file on a machine that has it and import that file here, or copy a Hugging Face cache that holds it to {0}.</source>
        <extracomment>{0}: a folder</extracomment>
        <translation>Para configurá-lo sem rede, exporte-o para um arquivo numa máquina que o tenha e importe esse arquivo aqui, ou copie um cache do Hugging Face que o contenha para {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="223"/>
        <source>The downloaded file {0} of model {1} is corrupt and was deleted: {2}</source>
        <extracomment>{2}: why (translated on its own)</extracomment>
        <translation>O arquivo baixado {0} do modelo {1} está corrompido e foi apagado: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="224"/>
        <source>The downloaded file {0} of model {1} is corrupt and was deleted: it does not match the checksum the server announced.</source>
        <translation>O arquivo baixado {0} do modelo {1} está corrompido e foi apagado: não corresponde à soma de verificação anunciada pelo servidor.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="225"/>
        <source>Try again; if it keeps failing, check HF_ENDPOINT ({0}).</source>
        <translation>Tente de novo; se continuar falhando, verifique HF_ENDPOINT ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="226"/>
        <source>Try again; if it keeps failing, the server (HF_ENDPOINT: {0}) serves another file than the one pinned.</source>
        <translation>Tente de novo; se continuar falhando, o servidor (HF_ENDPOINT: {0}) serve outro arquivo diferente do fixado.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="228"/>
        <source>The weights file {0} of model {1} is not the one pinned for it (its sha256 is {2}, not {3}).</source>
        <extracomment>{2}, {3}: checksums</extracomment>
        <translation>O arquivo de pesos {0} do modelo {1} não é o fixado para ele (o seu sha256 é {2}, não {3}).</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="230"/>
        <source>photoclip does not use it ({0}): delete it and download the model again.</source>
        <extracomment>{0}: the file&apos;s path</extracomment>
        <translation>O photoclip não o usa ({0}): apague-o e baixe o modelo de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="231"/>
        <source>The weights file {0} of model {1} is not the one this library verified first for it (its sha256 is {2}, not {3}); embeddings made with other weights would not mix.</source>
        <translation>O arquivo de pesos {0} do modelo {1} não é o que esta biblioteca verificou primeiro para ele (o seu sha256 é {2}, não {3}); embeddings feitos com outros pesos não se misturariam.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="235"/>
        <source>photoclip does not use it ({0}): delete it, or import it as a model of another name.</source>
        <translation>O photoclip não o usa ({0}): apague-o, ou importe-o como um modelo com outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="236"/>
        <source>its sha256 is {0}, not {1} as the server announced</source>
        <translation>o seu sha256 é {0}, não {1} como o servidor anunciou</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="237"/>
        <source>The {0} architecture needs a text encoder&apos;s files (config and tokenizer), and photoclip does not know where they come from.</source>
        <translation>A arquitetura {0} precisa dos arquivos de um codificador de texto (configuração e tokenizador), e o photoclip não sabe de onde vêm.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="241"/>
        <source>Import a model archive instead (exported by photoclip): it carries them.</source>
        <translation>Importe em vez disso um arquivo de modelo (exportado pelo photoclip): ele os inclui.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="242"/>
        <source>The {0} architecture also needs its text encoder&apos;s files (config and tokenizer), and they are not on this machine.</source>
        <translation>A arquitetura {0} também precisa dos arquivos do seu codificador de texto (configuração e tokenizador), e eles não estão nesta máquina.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="243"/>
        <source>Import a model archive instead (exported by photoclip on a machine that has the model): it carries them.</source>
        <translation>Importe em vez disso um arquivo de modelo (exportado pelo photoclip numa máquina que tenha o modelo): ele os inclui.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="244"/>
        <source>The model registry {0} cannot be read: {1}.</source>
        <translation>Não é possível ler o registro de modelos {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="245"/>
        <source>Check the {0} environment variable.</source>
        <translation>Verifique a variável de ambiente {0}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="211"/>
        <source>Duplicates</source>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="216"/>
        <source>Find duplicates</source>
        <translation>Procurar duplicatas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="217"/>
        <source>Compare every photo of the library: the same bytes, and copies the model sees as alike</source>
        <translation>Compara todas as fotos da biblioteca: os mesmos bytes e as cópias que o modelo vê como parecidas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="219"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="227"/>
        <source>How alike two photos must be to count as copies: to the left, looser matches (bursts, edits); to the right, only near-identical ones</source>
        <translation>Quanto duas fotos precisam se parecer para contar como cópias: à esquerda, correspondências mais soltas (sequências, edições); à direita, só as quase idênticas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="238"/>
        <source>Likeness:</source>
        <translation>Semelhança:</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="246"/>
        <source>Find photos stored more than once: exact copies, resized copies and re-saved ones.</source>
        <translation>Encontre as fotos guardadas mais de uma vez: cópias exatas, cópias redimensionadas e salvas de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="256"/>
        <source>No duplicates at this likeness. Move the slider to the left for looser matches.</source>
        <translation>Nenhuma duplicata com esta semelhança. Mova o controle para a esquerda para correspondências mais soltas.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="271"/>
        <source>Move others to trash…</source>
        <translation>Mover as outras para a lixeira…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="273"/>
        <source>Every ticked group keeps its framed photo; the others go to photoclip&apos;s trash folder, from where Undo puts them back</source>
        <translation>Cada grupo marcado mantém sua foto emoldurada; as outras vão para a pasta lixeira do photoclip, de onde Desfazer as traz de volta</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="276"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="277"/>
        <source>Put back the photos of the last move (Ctrl+Z)</source>
        <translation>Traz de volta as fotos da última movimentação (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="280"/>
        <source>Undo moving duplicates</source>
        <translation>Desfazer a movimentação de duplicatas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="334"/>
        <source>Stopped. Press Find duplicates to look again.</source>
        <translation>Parado. Clique em Procurar duplicatas para procurar de novo.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="340"/>
        <source>Looking for duplicates…</source>
        <translation>Procurando duplicatas…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="357"/>
        <source>Comparing file contents: {0} of {1}</source>
        <translation>Comparando o conteúdo dos arquivos: {0} de {1}</translation>
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
            <numerusform>Mostrar mais %Ln grupo</numerusform>
            <numerusform>Mostrar mais %Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="474"/>
        <source>No duplicates among %Ln photos at this likeness.</source>
        <translation>
            <numerusform>Nenhuma duplicata em %Ln foto com esta semelhança.</numerusform>
            <numerusform>Nenhuma duplicata entre %Ln fotos com esta semelhança.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="479"/>
        <source>{0} among {1}. Moving the others frees {2} ({3}).</source>
        <translation>{0} entre {1}. Mover as outras libera {2} ({3}).</translation>
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
        <translation>A foto emoldurada de cada grupo fica; escolha outra com o botão Manter.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="499"/>
        <source>This library is open read-only: nothing can be moved.</source>
        <translation>Esta biblioteca está aberta somente para leitura: nada pode ser movido.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="519"/>
        <source>Move duplicates</source>
        <translation>Mover duplicatas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="520"/>
        <source>Move %Ln photos ({0}) to photoclip&apos;s trash folder?</source>
        <translation>
            <numerusform>Mover %Ln foto ({0}) para a pasta lixeira do photoclip?</numerusform>
            <numerusform>Mover %Ln fotos ({0}) para a pasta lixeira do photoclip?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="525"/>
        <source>Nothing is deleted: Undo (Ctrl+Z) puts them back until you close photoclip. The folder is {0}.</source>
        <translation>Nada é apagado: Desfazer (Ctrl+Z) as traz de volta até você fechar o photoclip. A pasta é {0}.</translation>
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
            <numerusform>Movendo %Ln foto…</numerusform>
            <numerusform>Movendo %Ln fotos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="550"/>
        <source>Moved %Ln photos to photoclip&apos;s trash folder; Undo puts them back.</source>
        <translation>
            <numerusform>%Ln foto movida para a pasta lixeira do photoclip; Desfazer a traz de volta.</numerusform>
            <numerusform>%Ln fotos movidas para a pasta lixeira do photoclip; Desfazer as traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="550"/>
        <source>Nothing was moved.</source>
        <translation>Nada foi movido.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="551"/>
        <source>Some photos were not moved</source>
        <translation>Algumas fotos não foram movidas</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="565"/>
        <source>Putting the photos back…</source>
        <translation>Trazendo as fotos de volta…</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="574"/>
        <source>Nothing to undo: those photos are no longer in photoclip&apos;s trash folder.</source>
        <translation>Nada a desfazer: essas fotos não estão mais na pasta lixeira do photoclip.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="576"/>
        <source>Put back %Ln photos.</source>
        <translation>
            <numerusform>%Ln foto trazida de volta.</numerusform>
            <numerusform>%Ln fotos trazidas de volta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="577"/>
        <source>Some photos were not put back</source>
        <translation>Algumas fotos não foram trazidas de volta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="595"/>
        <source>%Ln files are gone (moved or deleted outside photoclip)</source>
        <translation>
            <numerusform>%Ln arquivo sumiu (movido ou apagado fora do photoclip)</numerusform>
            <numerusform>%Ln arquivos sumiram (movidos ou apagados fora do photoclip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="597"/>
        <source>%Ln files are in folders photoclip may not change (read-only)</source>
        <translation>
            <numerusform>%Ln arquivo está em uma pasta que o photoclip não pode alterar (somente leitura)</numerusform>
            <numerusform>%Ln arquivos estão em pastas que o photoclip não pode alterar (somente leitura)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="599"/>
        <source>%Ln files changed since they were compared</source>
        <translation>
            <numerusform>%Ln arquivo mudou desde que foi comparado</numerusform>
            <numerusform>%Ln arquivos mudaram desde que foram comparados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="601"/>
        <source>%Ln places are taken by another file now (the copies stay in the trash folder)</source>
        <translation>
            <numerusform>%Ln lugar agora está ocupado por outro arquivo (a cópia fica na pasta lixeira)</numerusform>
            <numerusform>%Ln lugares agora estão ocupados por outros arquivos (as cópias ficam na pasta lixeira)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="603"/>
        <source>%Ln files could not be read or moved</source>
        <translation>
            <numerusform>%Ln arquivo não pôde ser lido nem movido</numerusform>
            <numerusform>%Ln arquivos não puderam ser lidos nem movidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>Files that could not be read</source>
        <translation>Arquivos que não puderam ser lidos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="282"/>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>Mapa das suas fotos</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="433"/>
        <source>Show all</source>
        <translation>Ver tudo</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="434"/>
        <source>Zoom out to the whole map</source>
        <translation>Afastar até ver o mapa inteiro</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="435"/>
        <source>Similar photos sit together. Drag a rectangle to show its photos; scroll to zoom; drag with the right button to move.</source>
        <translation>Fotos parecidas ficam juntas. Arraste um retângulo para ver as fotos dele; use a roda para aproximar; arraste com o botão direito para mover.</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="536"/>
        <location filename="../../gui/explore_view.py" line="566"/>
        <source>Computing the map…</source>
        <translation>Calculando o mapa…</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="536"/>
        <source>The map is computed when the library is open for writing (close the other photoclip window or command).</source>
        <translation>O mapa é calculado quando a biblioteca está aberta para gravação (feche a outra janela ou o outro comando do photoclip).</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="540"/>
        <source>No photos are indexed yet.</source>
        <translation>Ainda não há fotos indexadas.</translation>
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
        <translation> · adicione conjuntos de etiquetas para dar nome às regiões</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="546"/>
        <source> · computing the map…</source>
        <translation> · calculando o mapa…</translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="564"/>
        <source>Computing the map… {0}%</source>
        <translation>Calculando o mapa… {0}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/explore_view.py" line="591"/>
        <source>%Ln photos from the map (Esc goes back to all photos)</source>
        <translation>
            <numerusform>%Ln foto do mapa (Esc volta para todas as fotos)</numerusform>
            <numerusform>%Ln fotos do mapa (Esc volta para todas as fotos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/explore_view.py" line="592"/>
        <source>No photos in that part of the map.</source>
        <translation>Não há fotos nessa parte do mapa.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="111"/>
        <source>Show the photos of one folder</source>
        <translation>Mostrar as fotos de uma pasta</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="114"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="116"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="128"/>
        <source>Show only the photos taken between two dates</source>
        <translation>Mostrar só as fotos tiradas entre duas datas</translation>
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
        <translation>Até {0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159"/>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="112"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="110"/>
        <location filename="../../gui/search_bar.py" line="190"/>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="105"/>
        <source>Welcome to photoclip</source>
        <translation>Boas-vindas ao photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="108"/>
        <source>photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer.</source>
        <translation>O photoclip encontra as fotos pelo que aparece nelas. Escolha as pastas que deseja indexar; as fotos ficam onde estão e nada sai deste computador.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="116"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="128"/>
        <source>Multilingual (recommended): understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilíngue (recomendado): entende pesquisas em português, espanhol e mais de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="130"/>
        <source>Multilingual: understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilíngue: entende pesquisas em português, espanhol e mais de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="132"/>
        <source>English (recommended)</source>
        <translation>Inglês (recomendado)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="134"/>
        <source>English: understands queries in English only</source>
        <translation>Inglês: entende pesquisas somente em inglês</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="142"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="147"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../gui/dialogs.py" line="71"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="72"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="92"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../gui/grid_actions.py" line="45"/>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="65"/>
        <source>Add to album</source>
        <translation>Adicionar ao álbum</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="70"/>
        <source>♥ Favourite</source>
        <translation>♥ Favorita</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="73"/>
        <source>Deselect</source>
        <translation>Desmarcar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="85"/>
        <source>%Ln photos selected</source>
        <translation>
            <numerusform>%Ln foto selecionada</numerusform>
            <numerusform>%Ln fotos selecionadas</numerusform>
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
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="133"/>
        <source>Find similar photos</source>
        <translation>Encontrar fotos semelhantes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="137"/>
        <source>Copy %Ln photos to a folder…</source>
        <translation>
            <numerusform>Copiar %Ln foto para uma pasta…</numerusform>
            <numerusform>Copiar %Ln fotos para uma pasta…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="143"/>
        <source>Remove from Favourites</source>
        <translation>Remover dos Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="143"/>
        <source>Add to Favourites</source>
        <translation>Adicionar aos Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="151"/>
        <source>Remove from “{0}”</source>
        <translation>Remover de “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="159"/>
        <source>Confirm: in “{0}”</source>
        <translation>Confirmar: está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="160"/>
        <source>Reject: not in “{0}”</source>
        <translation>Rejeitar: não está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/grid_actions.py" line="186"/>
        <source>Copy photos to</source>
        <translation>Copiar as fotos para</translation>
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
        <translation>Cópia cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="221"/>
        <source>Copied %Ln photos to {0}</source>
        <translation>
            <numerusform>%Ln foto copiada para {0}</numerusform>
            <numerusform>%Ln fotos copiadas para {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="223"/>
        <source>%Ln could not be copied</source>
        <translation>
            <numerusform>%Ln não pôde ser copiada</numerusform>
            <numerusform>%Ln não puderam ser copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="238"/>
        <source>Confirmed %Ln photos in “{0}”</source>
        <translation>
            <numerusform>%Ln foto confirmada em “{0}”</numerusform>
            <numerusform>%Ln fotos confirmadas em “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="240"/>
        <source>Rejected %Ln photos from “{0}”</source>
        <translation>
            <numerusform>%Ln foto rejeitada de “{0}”</numerusform>
            <numerusform>%Ln fotos rejeitadas de “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridControls</name>
    <message>
        <location filename="../../gui/grid_controls.py" line="47"/>
        <source>View</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="48"/>
        <source>How the photos are shown: thumbnails, dates, order</source>
        <translation>Como as fotos são mostradas: miniaturas, datas, ordem</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="52"/>
        <source>Square thumbnails</source>
        <translation>Miniaturas quadradas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="52"/>
        <source>Whole photos</source>
        <translation>Fotos inteiras</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="56"/>
        <source>No date headers</source>
        <translation>Sem cabeçalhos de data</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="57"/>
        <source>Group by day</source>
        <translation>Agrupar por dia</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="58"/>
        <source>Group by month</source>
        <translation>Agrupar por mês</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="59"/>
        <source>Group by year</source>
        <translation>Agrupar por ano</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="64"/>
        <source>Best match first</source>
        <translation>Mais parecidas primeiro</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="65"/>
        <source>Sort by date taken</source>
        <translation>Ordenar por data da foto</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="66"/>
        <source>Sort by date added</source>
        <translation>Ordenar por data de inclusão</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="67"/>
        <source>Sort by name</source>
        <translation>Ordenar por nome</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="77"/>
        <source>Thumbnail size (Ctrl+plus, Ctrl+minus, Ctrl+0)</source>
        <translation>Tamanho das miniaturas (Ctrl+mais, Ctrl+menos, Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="78"/>
        <source>Thumbnail size</source>
        <translation>Tamanho das miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="91"/>
        <source>Larger thumbnails</source>
        <translation>Miniaturas maiores</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="93"/>
        <source>Smaller thumbnails</source>
        <translation>Miniaturas menores</translation>
    </message>
    <message>
        <location filename="../../gui/grid_controls.py" line="97"/>
        <source>Default thumbnail size</source>
        <translation>Tamanho padrão das miniaturas</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="137"/>
        <source>same bytes</source>
        <translation>mesmos bytes</translation>
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
            <numerusform>Grupo {0}: {1}, %Ln foto, {2} a liberar</numerusform>
            <numerusform>Grupo {0}: {1}, %Ln fotos, {2} a liberar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="142"/>
        <source>Clear the check box to leave this group as it is</source>
        <translation>Desmarque a caixa para deixar este grupo como está</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../gui/tagset_preview.py" line="199"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="200"/>
        <source>similarity {0:.3f}</source>
        <translation>similaridade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="201"/>
        <source>threshold {0:.3f}</source>
        <translation>limiar {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="203"/>
        <source>an apply gives this tag</source>
        <translation>ao aplicar, esta etiqueta é atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="205"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>não atribuída: em um conjunto exclusivo só a melhor etiqueta pode ser atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="207"/>
        <source>an apply does not give this tag</source>
        <translation>ao aplicar, esta etiqueta não é atribuída</translation>
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
            <numerusform>{0}: limiar {1:.3f}; %Ln destas {2} fotos seria organizada aqui</numerusform>
            <numerusform>{0}: limiar {1:.3f}; %Ln destas {2} fotos seriam organizadas aqui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <location filename="../../gui/status_bar.py" line="35"/>
        <source>Ready</source>
        <translation>Pronto</translation>
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
        <translation>Atualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="49"/>
        <source>Set up a model…</source>
        <translation>Configurar um modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="72"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="74"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexação pausada (usando bateria)</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="74"/>
        <source>Indexing paused</source>
        <translation>Indexação pausada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="88"/>
        <source>Looking for new photos… %Ln files</source>
        <translation>
            <numerusform>Procurando fotos novas… %Ln arquivo</numerusform>
            <numerusform>Procurando fotos novas… %Ln arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="90"/>
        <source>Loading the model for %Ln photos…</source>
        <translation>
            <numerusform>Carregando o modelo para %Ln foto…</numerusform>
            <numerusform>Carregando o modelo para %Ln fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="94"/>
        <source>, {0} left</source>
        <translation>, faltam {0}</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="96"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="100"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando as etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="105"/>
        <source>Preparing the words that describe photos…</source>
        <translation>Preparando as palavras que descrevem as fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="111"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Organizando fotos em álbuns ({0}): {1} de {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="123"/>
        <source>Indexing cancelled: %Ln photos indexed, the rest continues next time</source>
        <translation>
            <numerusform>Indexação cancelada: %Ln foto indexada; o restante continua na próxima vez</numerusform>
            <numerusform>Indexação cancelada: %Ln fotos indexadas; o restante continua na próxima vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="125"/>
        <source>Indexed %Ln new photos</source>
        <translation>
            <numerusform>%Ln foto nova indexada</numerusform>
            <numerusform>%Ln fotos novas indexadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="128"/>
        <source>Albums are up to date</source>
        <translation>Os álbuns estão atualizados</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="130"/>
        <source>Library is up to date</source>
        <translation>A biblioteca está atualizada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="147"/>
        <source>%Ln unreadable files</source>
        <translation>
            <numerusform>%Ln arquivo ilegível</numerusform>
            <numerusform>%Ln arquivos ilegíveis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="104"/>
        <location filename="../../gui/personalize_dialog.py" line="172"/>
        <source>Training loss</source>
        <translation>Perda de treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="104"/>
        <source>Held-out recall@10</source>
        <translation>Acerto@10 na validação</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="169"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="173"/>
        <source>Recall@10</source>
        <translation>Acerto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="187"/>
        <source>Press Train: the loss and the held-out recall of each epoch appear here.</source>
        <translation>Clique em Treinar: a perda e o acerto na validação de cada época aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="197"/>
        <source>best</source>
        <translation>melhor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Personalize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Teach search your own words from your captions</source>
        <translation>Ensine à pesquisa suas próprias palavras a partir das suas legendas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation>Conjuntos de etiquetas que organizam suas fotos em álbuns</translation>
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
            <numerusform>%Ln arquivo alterado detectado</numerusform>
            <numerusform>%Ln arquivos alterados detectados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="475"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Ainda não há fotos. Adicione uma pasta para começar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>No photos in “{0}” yet. Drag photos onto the album in the sidebar, or use Add to album in their menu.</source>
        <translation>Ainda não há fotos em “{0}”. Arraste fotos para o álbum na barra lateral ou use Adicionar ao álbum no menu delas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="473"/>
        <source>No favourites yet. Press the period key on a photo, or use Add to Favourites in its menu.</source>
        <translation>Ainda não há favoritos. Pressione a tecla de ponto em uma foto ou use Adicionar aos Favoritos no menu dela.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="477"/>
        <source>Looking for photos…</source>
        <translation>Procurando fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="479"/>
        <source>No photos match the filters.</source>
        <translation>Nenhuma foto corresponde aos filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="494"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Ainda não há fotos em “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="584"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: treinando com suas legendas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="641"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="685"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível adicionar pastas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="698"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Organizando fotos nos álbuns de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="753"/>
        <source>Using the model {0}: photos are indexed with it in the background.</source>
        <translation>Usando o modelo {0}: as fotos são indexadas com ele em segundo plano.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="763"/>
        <source>photoclip needs a model to index your photos.</source>
        <translation>O photoclip precisa de um modelo para indexar as suas fotos.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="773"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="781"/>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="781"/>
        <source>photoclip hit an internal error. Please report it with the details below.</source>
        <translation>O photoclip encontrou um erro interno. Por favor, relate o problema com os detalhes abaixo.</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>Left / Right, Page Up / Page Down, mouse wheel</source>
        <translation>Esquerda / Direita, Page Up / Page Down, roda do mouse</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>Previous / next photo</source>
        <translation>Foto anterior / próxima</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>First / last photo</source>
        <translation>Primeira / última foto</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>Actual size (100 %)</source>
        <translation>Tamanho real (100 %)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="31"/>
        <source>Fit the photo to the window</source>
        <translation>Ajustar a foto à janela</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+roda do mouse</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Zoom em torno do ponteiro</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="34"/>
        <source>Slideshow</source>
        <translation>Apresentação de slides</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Quick look from the grid</source>
        <translation>Visualização rápida a partir da grade</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="36"/>
        <source>Leave full screen, then go back to the grid</source>
        <translation>Sair da tela cheia e depois voltar à grade</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="63"/>
        <source>Copy selected photos to a folder…</source>
        <translation>Copiar as fotos selecionadas para uma pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="66"/>
        <source>Quit</source>
        <translation>Sair</translation>
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
        <translation>Adicionar aos Favoritos ou remover dos Favoritos</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="77"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="79"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="85"/>
        <source>Show empty albums</source>
        <translation>Mostrar álbuns vazios</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="93"/>
        <source>Map of your photos</source>
        <translation>Mapa das suas fotos</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="95"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="96"/>
        <source>Look for new photos now</source>
        <translation>Procurar fotos novas agora</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>Pause or resume indexing</source>
        <translation>Pausar ou retomar a indexação</translation>
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
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="104"/>
        <source>Write albums to XMP sidecars…</source>
        <translation>Gravar os álbuns em arquivos XMP auxiliares…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="106"/>
        <source>Set up a model…</source>
        <translation>Configurar um modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="108"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="109"/>
        <location filename="../../gui/menus.py" line="132"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="155"/>
        <source>photoclip {0}

An offline photo organizer that understands what is in a picture. Your photos never leave this computer.</source>
        <translation>photoclip {0}

Um organizador de fotos offline que entende o que há em uma imagem. Suas fotos nunca saem deste computador.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="110"/>
        <location filename="../../gui/menus.py" line="156"/>
        <source>About photoclip</source>
        <translation>Sobre o photoclip</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../gui/metadata_panel.py" line="93"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="94"/>
        <source>Lens</source>
        <translation>Lente</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="95"/>
        <source>Exposure</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="96"/>
        <source>Aperture</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="97"/>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="98"/>
        <source>Focal length</source>
        <translation>Distância focal</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="99"/>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="100"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="101"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="102"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="103"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="104"/>
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation>{0} (equivalente em 35 mm: {1:g} mm)</translation>
    </message>
    <message>
        <location filename="../../gui/metadata_panel.py" line="199"/>
        <source>(file date)</source>
        <translation>(data do arquivo)</translation>
    </message>
</context>
<context>
    <name>ModelChoicesDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="176"/>
        <source>A model is needed</source>
        <translation>É preciso um modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="180"/>
        <source>photoclip needs a model to understand your photos, and {0} could not be set up. Your folders are kept: their photos are indexed as soon as a model is ready.</source>
        <translation>O photoclip precisa de um modelo para entender as suas fotos, e não foi possível configurar {0}. As suas pastas são mantidas: as fotos delas são indexadas assim que houver um modelo pronto.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="193"/>
        <source>Try the download again</source>
        <translation>Tentar o download de novo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="193"/>
        <source>When this computer is online again. A download that stopped continues where it was.</source>
        <translation>Quando este computador voltar a ter conexão. Um download interrompido continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="198"/>
        <source>Import a model file…</source>
        <translation>Importar um arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="199"/>
        <source>A model exported by photoclip on another computer, or an open_clip checkpoint (.safetensors, .bin, .pt).</source>
        <translation>Um modelo exportado pelo photoclip em outro computador, ou um checkpoint do open_clip (.safetensors, .bin, .pt).</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="207"/>
        <source>Use a model already on this computer</source>
        <translation>Usar um modelo que já está neste computador</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="208"/>
        <source>Found in the Hugging Face cache or imported before.</source>
        <translation>Encontrado no cache do Hugging Face ou importado antes.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="210"/>
        <source>None was found in the Hugging Face cache or among imported models.</source>
        <translation>Nenhum foi encontrado no cache do Hugging Face nem entre os modelos importados.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="217"/>
        <source>Try photoclip with the test model</source>
        <translation>Experimentar o photoclip com o modelo de teste</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="218"/>
        <source>A tiny model made on this computer, for trying the app only: search results are meaningless.</source>
        <translation>Um modelo minúsculo criado neste computador, só para experimentar o aplicativo: os resultados da pesquisa não têm significado.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="221"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="261"/>
        <location filename="../../gui/model_setup.py" line="302"/>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="264"/>
        <source>Choose a model exported by photoclip on another computer, or an open_clip checkpoint downloaded elsewhere. photoclip never runs code from a model file.</source>
        <translation>Escolha um modelo exportado pelo photoclip em outro computador, ou um checkpoint do open_clip baixado em outro lugar. O photoclip nunca executa código de um arquivo de modelo.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="269"/>
        <source>A model file</source>
        <translation>Um arquivo de modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="271"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="284"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="285"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="288"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="304"/>
        <source>Model files (*.safetensors *.bin *.pt *.pth *.zip *.tar);;All files (*)</source>
        <translation>Arquivos de modelo (*.safetensors *.bin *.pt *.pth *.zip *.tar);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="317"/>
        <source>A checkpoint holds only weights: choose the architecture they were trained for.</source>
        <translation>Um checkpoint contém só pesos: escolha a arquitetura para a qual foram treinados.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="319"/>
        <source>A photoclip model file says its own architecture.</source>
        <translation>Um arquivo de modelo do photoclip informa a sua própria arquitetura.</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../gui/dialogs.py" line="56"/>
        <source>already downloaded</source>
        <translation>já baixado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="58"/>
        <source>{0:.1f} GB download</source>
        <translation>download de {0:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="60"/>
        <source>{0:.0f} MB download</source>
        <translation>download de {0:.0f} MB</translation>
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
        <translation>Configurando o modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="380"/>
        <source>The model {0}: a {1} download, needed once.</source>
        <translation>O modelo {0}: um download de {1}, necessário só uma vez.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="381"/>
        <source>Checking the download…</source>
        <translation>Verificando o download…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="387"/>
        <source>Download stopped. It continues where it stopped next time.</source>
        <translation>Download interrompido. Da próxima vez continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="425"/>
        <source>the multilingual model</source>
        <translation>o modelo multilíngue</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="426"/>
        <source>the English model</source>
        <translation>o modelo em inglês</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="438"/>
        <source>No connection</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="438"/>
        <source>The model could not be set up</source>
        <translation>Não foi possível configurar o modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="439"/>
        <source>{0} was not set up; nothing was changed.</source>
        <translation>{0} não foi configurado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Importing a model</source>
        <translation>Importando um modelo</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="470"/>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="485"/>
        <source>The import did not work: {0}</source>
        <translation>A importação não funcionou: {0}</translation>
    </message>
</context>
<context>
    <name>ModelWorkDialog</name>
    <message>
        <location filename="../../gui/model_setup.py" line="94"/>
        <source>Looking for the model…</source>
        <translation>Procurando o modelo…</translation>
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
        <translation>Baixando {0}…</translation>
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
        <translation>{0} MB até agora</translation>
    </message>
    <message>
        <location filename="../../gui/model_setup.py" line="151"/>
        <source>{0} of {1} MB checked</source>
        <translation>{0} de {1} MB verificados</translation>
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
        <translation>Personalizar a pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="273"/>
        <source>photoclip can learn your own words (“Rex”, “Grandma’s garden”) from captions you give your photos. Only the model’s two small projection heads are trained; about a fifth of the captioned photos are held out to check that searches really get better. The original model is kept: going back is one click.</source>
        <translation>O photoclip pode aprender suas próprias palavras (“Rex”, “jardim da vovó”) com as legendas que você dá às suas fotos. Só as duas pequenas camadas de projeção do modelo são treinadas; cerca de um quinto das fotos com legenda fica reservado para verificar se as pesquisas realmente melhoram. O modelo original é mantido: voltar a ele leva só um clique.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="279"/>
        <source>Counting captions…</source>
        <translation>Contando legendas…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="281"/>
        <source>Import captions from CSV…</source>
        <translation>Importar legendas de CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="283"/>
        <source>A CSV file of path,caption rows; relative paths are relative to the file’s folder.</source>
        <translation>Um arquivo CSV com duas colunas por linha, caminho e legenda; caminhos relativos partem da pasta do arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="293"/>
        <source>Your captions</source>
        <translation>Suas legendas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="302"/>
        <source>Training stops earlier when held-out recall stops improving.</source>
        <translation>O treinamento para antes se o acerto na validação deixar de melhorar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="303"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="306"/>
        <source>Cancel training</source>
        <translation>Cancelar treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="315"/>
        <source>At most</source>
        <translation>No máximo</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="325"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@1</source>
        <translation>Acerto@1</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@5</source>
        <translation>Acerto@5</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="326"/>
        <source>Recall@10</source>
        <translation>Acerto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="333"/>
        <source>Held-out text-to-image recall: how often a held-out caption finds its own photo in the top 1, 5 or 10.</source>
        <translation>Acerto de texto para imagem na validação: com que frequência uma legenda reservada encontra a própria foto na primeira posição ou entre as 5 ou 10 primeiras.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="351"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="352"/>
        <source>Search with the trained model from now on (no photo is read again).</source>
        <translation>Pesquisar com o modelo treinado a partir de agora (nenhuma foto é lida novamente).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="367"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="381"/>
        <source>Use selected profile</source>
        <translation>Usar o perfil selecionado</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="383"/>
        <source>Revert to original</source>
        <translation>Voltar ao original</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="384"/>
        <source>Search with the model as it came: exactly the results it gave before.</source>
        <translation>Pesquisar com o modelo como veio: exatamente os mesmos resultados de antes.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="393"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
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
            <numerusform>%Ln legenda adicionada</numerusform>
            <numerusform>%Ln legendas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="574"/>
        <source>Reading your captions: {0} of %Ln new ones encoded</source>
        <translation>
            <numerusform>Lendo suas legendas: {0} de %Ln nova codificada</numerusform>
            <numerusform>Lendo suas legendas: {0} de %Ln novas codificadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="618"/>
        <source>Trained in {0:.1f} s: {1} on {2} of {3}; {4}.</source>
        <translation>Treinado em {0:.1f} s: {1} com {2} de {3}; {4}.</translation>
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
            <numerusform>%Ln foto reservada para validação</numerusform>
            <numerusform>%Ln fotos reservadas para validação</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="441"/>
        <source>Searches use the original model ({0}).</source>
        <translation>As pesquisas usam o modelo original ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="443"/>
        <source>Searches use your profile {0} ({1}).</source>
        <translation>As pesquisas usam seu perfil {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="451"/>
        <source>(in use)</source>
        <translation>(em uso)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="460"/>
        <source>No saved profiles yet: train, then apply.</source>
        <translation>Ainda não há perfis salvos: treine e depois aplique.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="480"/>
        <source>This library is open read-only: it cannot be personalised.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível personalizá-la.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="502"/>
        <source>Import captions</source>
        <translation>Importar legendas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="502"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="508"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="709"/>
        <source>Searches were not changed.</source>
        <translation>As pesquisas não foram alteradas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="522"/>
        <source>line {0}: {1}</source>
        <translation>linha {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <source>{0} on {1}.</source>
        <translation>{0} em {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <location filename="../../gui/personalize_dialog.py" line="621"/>
        <source>%Ln captions</source>
        <translation>
            <numerusform>%Ln legenda</numerusform>
            <numerusform>%Ln legendas</numerusform>
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
            <numerusform>O treinamento precisa de legendas em pelo menos %Ln foto indexada: adicione-as na visualização da foto ou importe um arquivo CSV.</numerusform>
            <numerusform>O treinamento precisa de legendas em pelo menos %Ln fotos indexadas: adicione-as na visualização da foto ou importe um arquivo CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="447"/>
        <source>{0} · trained {1} on %Ln captions</source>
        <translation>
            <numerusform>{0} · treinado em {1} com %Ln legenda</numerusform>
            <numerusform>{0} · treinado em {1} com %Ln legendas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="449"/>
        <source>recall@10 {0:.1%} → {1:.1%}</source>
        <translation>acerto@10 {0:.1%} → {1:.1%}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="517"/>
        <source>%Ln were already there</source>
        <translation>
            <numerusform>%Ln já existia</numerusform>
            <numerusform>%Ln já existiam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="521"/>
        <source>Rows skipped: {0}</source>
        <translation>Linhas ignoradas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="549"/>
        <source>Waiting for the indexer…</source>
        <translation>Aguardando o fim da indexação…</translation>
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
        <translation>Iniciando: carregando o modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="583"/>
        <source>Training… the starting model: loss {0:.3f}</source>
        <translation>Treinando… modelo inicial: perda {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="586"/>
        <source>Training… epoch {0} of at most {1}: loss {2:.3f}, held-out recall@10 {3:.1%} (best: epoch {4})</source>
        <translation>Treinando… época {0} de até {1}: perda {2:.3f}, acerto@10 na validação {3:.1%} (melhor: época {4})</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="600"/>
        <source>{0:+.1f} pts</source>
        <translation>{0:+.1f} p.p.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="611"/>
        <location filename="../../gui/personalize_dialog.py" line="742"/>
        <source>Training cancelled.</source>
        <translation>Treinamento cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="628"/>
        <source>Held-out recall improved (best epoch: {0}). Apply to search with it.</source>
        <translation>O acerto na validação melhorou (melhor época: {0}). Clique em Aplicar para usá-lo nas pesquisas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="632"/>
        <source>Not improved: held-out recall is no better than before, so it cannot be applied. Add more captions, or captions that say what you search for, and train again.</source>
        <translation>Sem melhora: o acerto na validação não é melhor que antes, então não pode ser aplicado. Adicione mais legendas, ou legendas que digam o que você pesquisa, e treine novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="648"/>
        <source>Checking how your albums would change…</source>
        <translation>Verificando como seus álbuns mudariam…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="661"/>
        <source>Apply the trained model?</source>
        <translation>Aplicar o modelo treinado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="662"/>
        <source>Your albums are filed again with the new model: %Ln photos change album, and these albums would be left empty: {0}.</source>
        <translation>
            <numerusform>Seus álbuns são organizados de novo com o novo modelo: %Ln foto muda de álbum, e estes álbuns ficariam vazios: {0}.</numerusform>
            <numerusform>Seus álbuns são organizados de novo com o novo modelo: %Ln fotos mudam de álbum, e estes álbuns ficariam vazios: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="666"/>
        <source>Apply anyway</source>
        <translation>Aplicar mesmo assim</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="668"/>
        <source>Not applied: searches and albums are as they were.</source>
        <translation>Não aplicado: as pesquisas e os álbuns continuam como estavam.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="677"/>
        <source>Applying: projecting your photos through the new model…</source>
        <translation>Aplicando: projetando suas fotos com o novo modelo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="679"/>
        <source>%Ln photos change album.</source>
        <translation>
            <numerusform>%Ln foto muda de álbum.</numerusform>
            <numerusform>%Ln fotos mudam de álbum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="687"/>
        <source>Switching to profile {0}…</source>
        <translation>Mudando para o perfil {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="693"/>
        <source>Going back to the original model…</source>
        <translation>Voltando ao modelo original…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="705"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="716"/>
        <source>Searches use the original model again.</source>
        <translation>As pesquisas voltaram a usar o modelo original.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="719"/>
        <source>Searches now use profile {0}.</source>
        <translation>As pesquisas agora usam o perfil {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="721"/>
        <source>Applied: saved as profile {0}, which searches use now.</source>
        <translation>Aplicado: salvo como perfil {0}, que as pesquisas usam a partir de agora.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="745"/>
        <source>Training failed: {0}</source>
        <translation>Falha no treinamento: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <location filename="../../gui/duplicates_view.py" line="102"/>
        <source>Keep (suggested)</source>
        <extracomment>The slider&apos;s loosest threshold: the search gathers links down to it, so any slider position regroups without a new search. The slider counts thousandths of a cosine. Groups built as widgets at a time (&quot;Show more&quot; adds as many again).</extracomment>
        <translation>Manter (sugerida)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="102"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="104"/>
        <source>Suggested: the largest resolution, then the largest file, then the oldest</source>
        <translation>Sugerida: a maior resolução, depois o maior arquivo, depois a mais antiga</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="105"/>
        <source>{0} × {1}</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location filename="../../gui/duplicates_view.py" line="105"/>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../gui/grid.py" line="374"/>
        <source>{0}
score {1:.3f}</source>
        <translation>{0}
pontuação {1:.3f}</translation>
    </message>
</context>
<context>
    <name>PhotoTags</name>
    <message>
        <location filename="../../gui/photo_tags.py" line="92"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="102"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="104"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rejeitado: esta foto não está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="106"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” volta a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/photo_tags.py" line="108"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; o limiar do álbum mudou, então a biblioteca está sendo organizada de novo</translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="93"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="106"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Coloque esta foto em outro álbum manualmente (conta como uma confirmação).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="107"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="109"/>
        <source>Put it in another album:</source>
        <translation>Adicionar a outro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="137"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="147"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="167"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto não está em nenhum álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="170"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Ainda não há álbuns: crie conjuntos de etiquetas em “Conjuntos de etiquetas…” para organizar as fotos em álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="173"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="219"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="79"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="80"/>
        <source>Previous photo (Left arrow)</source>
        <translation>Foto anterior (seta para a esquerda)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="81"/>
        <source>Next photo (Right arrow)</source>
        <translation>Próxima foto (seta para a direita)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="84"/>
        <source>Zoom: Ctrl+wheel zooms, drag to pan, double-click switches between fit and 100 %</source>
        <translation>Zoom: Ctrl+roda amplia, arrastar move, clique duplo alterna entre ajustar e 100%</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="87"/>
        <source>Fit in window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="89"/>
        <source>Actual size (100 %)</source>
        <translation>Tamanho real (100%)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="94"/>
        <source>Full screen (F)</source>
        <translation>Tela cheia (F)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="95"/>
        <source>Slideshow (S); any key stops it</source>
        <translation>Apresentação (S); qualquer tecla a interrompe</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="96"/>
        <source>Favourite (the period key)</source>
        <translation>Favorita (a tecla de ponto)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="103"/>
        <source>Find similar</source>
        <translation>Encontrar semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="108"/>
        <source>Add to album</source>
        <translation>Adicionar ao álbum</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="115"/>
        <location filename="../../gui/photo_view.py" line="116"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="119"/>
        <source>Open with default app</source>
        <translation>Abrir com o app padrão</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="120"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="243"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="250"/>
        <source>Cannot show this photo: {0}</source>
        <translation>Não é possível mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoWordsPanel</name>
    <message>
        <location filename="../../gui/photo_words.py" line="77"/>
        <source>Words</source>
        <translation>Palavras</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="78"/>
        <source>What the model sees in the photo, and how sure it is. Click a word to search for it.</source>
        <translation>O que o modelo vê na foto e quanta certeza ele tem. Clique em uma palavra para buscá-la.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="119"/>
        <location filename="../../gui/photo_words.py" line="133"/>
        <source>Preparing words…</source>
        <translation>Preparando as palavras…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="138"/>
        <source>No words for this photo.</source>
        <translation>Nenhuma palavra para esta foto.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="145"/>
        <source>Its words come once it is indexed.</source>
        <translation>Suas palavras aparecem quando ela for indexada.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="158"/>
        <source>Preparing words was cancelled.</source>
        <translation>A preparação das palavras foi cancelada.</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="188"/>
        <source>Search for “{0}”</source>
        <translation>Buscar “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/photo_words.py" line="190"/>
        <source>A tag of the set “{0}”</source>
        <translation>Uma etiqueta do conjunto “{0}”</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <location filename="../../gui/search_flow.py" line="65"/>
        <source>Remove this photo from the search</source>
        <translation>Remover esta foto da busca</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/viewer.py" line="403"/>
        <source>Cannot show this photo: {0}</source>
        <translation>Não é possível mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../gui/search_bar.py" line="44"/>
        <location filename="../../gui/search_bar.py" line="90"/>
        <source>Describe a photo…</source>
        <translation>Descreva uma foto…</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="92"/>
        <source>Search in “{0}”…</source>
        <translation>Pesquisar em “{0}”…</translation>
    </message>
</context>
<context>
    <name>SearchFlow</name>
    <message>
        <location filename="../../gui/search_flow.py" line="220"/>
        <source>Finding similar photos…</source>
        <translation>Procurando fotos semelhantes…</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="220"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="248"/>
        <source>%Ln similar photos</source>
        <translation>
            <numerusform>%Ln foto semelhante</numerusform>
            <numerusform>%Ln fotos semelhantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="250"/>
        <source>Nothing matches “{0}” well</source>
        <translation>Nada corresponde bem a “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="252"/>
        <source>Best matches for “{0}” in “{1}” (%Ln photos)</source>
        <translation>
            <numerusform>Melhores resultados para “{0}” em “{1}” (%Ln foto)</numerusform>
            <numerusform>Melhores resultados para “{0}” em “{1}” (%Ln fotos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="254"/>
        <source>Best matches for “{0}” (%Ln photos)</source>
        <translation>
            <numerusform>Melhores resultados para “{0}” (%Ln foto)</numerusform>
            <numerusform>Melhores resultados para “{0}” (%Ln fotos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="256"/>
        <source>; %Ln photos are not indexed yet</source>
        <translation>
            <numerusform>; %Ln foto ainda não foi indexada</numerusform>
            <numerusform>; %Ln fotos ainda não foram indexadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="260"/>
        <source>No similar photos found.</source>
        <translation>Nenhuma foto semelhante foi encontrada.</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="262"/>
        <source>No photo matches “{0}” well. Show more lists the closest ones anyway.</source>
        <translation>Nenhuma foto corresponde bem a “{0}”. “Mostrar mais” exibe as mais próximas mesmo assim.</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="263"/>
        <source>No photos match “{0}”.</source>
        <translation>Nenhuma foto corresponde a “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="268"/>
        <source>Show %Ln more (less alike)</source>
        <translation>
            <numerusform>Mostrar mais %Ln (menos parecida)</numerusform>
            <numerusform>Mostrar mais %Ln (menos parecidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWarmth</name>
    <message>
        <location filename="../../gui/search_warmth.py" line="44"/>
        <source>Preparing search…</source>
        <translation>Preparando a pesquisa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_warmth.py" line="85"/>
        <source>Loading the model (%Ln s)…</source>
        <translation>
            <numerusform>Carregando o modelo (%Ln s)…</numerusform>
            <numerusform>Carregando o modelo (%Ln s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/search_warmth.py" line="98"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="163"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source> (tests only)</source>
        <translation> (somente para testes)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="176"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automático (GPU, se disponível)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="178"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="179"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU da Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="186"/>
        <source>Automatic (bf16 on CPUs built for it)</source>
        <translation>Automática (bf16 nos processadores preparados para isso)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="187"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (precisão total)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="188"/>
        <source>bf16 (faster; checked against fp32)</source>
        <translation>bf16 (mais rápida; conferida com fp32)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="194"/>
        <source>bf16 encodes photos about 3x faster on CPUs with bf16 instructions, with near-identical results. Takes effect when photoclip starts again</source>
        <translation>bf16 processa as fotos cerca de 3 vezes mais rápido em processadores com instruções bf16, com resultados quase idênticos. Entra em vigor na próxima vez que o photoclip for iniciado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>All cores</source>
        <translation>Todos os núcleos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="206"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="210"/>
        <source>Takes effect when photoclip starts again</source>
        <translation>Entra em vigor na próxima vez que o photoclip for iniciado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>The new language takes effect when photoclip starts again.</source>
        <translation>O novo idioma entra em vigor na próxima vez que o photoclip for iniciado.</translation>
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
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="226"/>
        <source>CPU threads</source>
        <translation>Threads de CPU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="227"/>
        <source>Thumbnail cache</source>
        <translation>Cache de miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="232"/>
        <source>Watched folders</source>
        <translation>Pastas monitoradas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/sidebar.py" line="85"/>
        <source>All photos</source>
        <translation>Todas as fotos</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="90"/>
        <source>Photos you marked as favourites (the period key, or Add to Favourites in a photo&apos;s menu)</source>
        <translation>Fotos que você marcou como favoritas (a tecla de ponto ou Adicionar aos Favoritos no menu de uma foto)</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="94"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="99"/>
        <source>My albums</source>
        <translation>Meus álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="103"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
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
        <translation>Todas as fotos em um mapa onde as parecidas ficam juntas</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="117"/>
        <source>Duplicates</source>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="119"/>
        <source>Photos stored more than once: review them and move the extra copies to the trash</source>
        <translation>Fotos guardadas mais de uma vez: revise-as e mova as cópias sobrando para a lixeira</translation>
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
        <translation>{0}: a unidade ou a pasta não está disponível agora</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="171"/>
        <source>Drop photos here to add them; right-click to rename or delete</source>
        <translation>Solte fotos aqui para adicioná-las; clique com o botão direito para renomear ou excluir</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="175"/>
        <source>New album…</source>
        <translation>Novo álbum…</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="233"/>
        <source>{0} (not applied)</source>
        <translation>{0} (não aplicado)</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="235"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desatualizado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="256"/>
        <source>{0} › {1}: %Ln photos; threshold {2:.2f}</source>
        <translation>
            <numerusform>{0} › {1}: %Ln foto; limiar {2:.2f}</numerusform>
            <numerusform>{0} › {1}: %Ln fotos; limiar {2:.2f}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="263"/>
        <source>{0} and {1} by you</source>
        <translation>{0} e {1} por você</translation>
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
            <numerusform>%Ln rejeitada</numerusform>
            <numerusform>%Ln rejeitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="269"/>
        <source>%Ln empty albums hidden</source>
        <translation>
            <numerusform>%Ln álbum vazio oculto</numerusform>
            <numerusform>%Ln álbuns vazios ocultos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="271"/>
        <source>Albums no photo was filed into yet. Click to show them (View › Show empty albums).</source>
        <translation>Álbuns em que nenhuma foto foi classificada ainda. Clique para mostrá-los (Exibir › Mostrar álbuns vazios).</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="275"/>
        <source>Add a tag set…</source>
        <translation>Adicionar conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="276"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Os conjuntos de etiquetas organizam suas fotos em álbuns</translation>
    </message>
</context>
<context>
    <name>SimilarHeader</name>
    <message>
        <location filename="../../gui/search_flow.py" line="120"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="121"/>
        <source>Back to the previous view (Esc)</source>
        <translation>Voltar à visualização anterior (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/search_flow.py" line="137"/>
        <source>Similar to {0}</source>
        <translation>Parecidas com {0}</translation>
    </message>
</context>
<context>
    <name>TagRow</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="49"/>
        <source> · score {0:.2f}</source>
        <translation> · pontuação {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="51"/>
        <source>Confirmed by you</source>
        <translation>Confirmada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="53"/>
        <source>Rejected by you</source>
        <translation>Rejeitada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="55"/>
        <source>Filed automatically</source>
        <translation>Organizada automaticamente</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="62"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertence a este álbum: nenhuma execução posterior vai removê-la.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="65"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto não pertence a este álbum: nenhuma execução posterior vai colocá-la de volta.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="67"/>
        <source>Clear</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="68"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Esquecer sua escolha: o conjunto de etiquetas volta a decidir.</translation>
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
        <translation>ex.: Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="83"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: no máximo uma etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="84"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Múltiplas etiquetas: qualquer número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="89"/>
        <source>and a similarity of at least</source>
        <translation>e uma similaridade de pelo menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="101"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 templates de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="102"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 templates da receita ImageNet do CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="103"/>
        <source>The label alone</source>
        <translation>Apenas o nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="104"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Os textos gerados a partir do nome de uma etiqueta quando ela não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="109"/>
        <source>A built-in set&apos;s name as photoclip shows it in your language</source>
        <translation>O nome de um conjunto predefinido como o photoclip o exibe no seu idioma</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="114"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="123"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="126"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="127"/>
        <source>Shown as</source>
        <translation>Exibido como</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="121"/>
        <source>The album&apos;s name, and the text CLIP reads (put into the templates) when the tag has no prompts</source>
        <translation>O nome do álbum e o texto que o CLIP lê (dentro dos templates) quando a etiqueta não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="127"/>
        <source>How photoclip names a built-in album in your language; CLIP still reads the label</source>
        <translation>Como o photoclip chama um álbum predefinido no seu idioma; o CLIP continua lendo o nome original</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="124"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que descrevem a etiqueta, separados por ponto e vírgula. Vazio: os templates acima, aplicados ao nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="126"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Limiar próprio desta etiqueta. Vazio: o do conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="142"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="144"/>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="189"/>
        <source>The set&apos;s own templates</source>
        <translation>Templates próprios do conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="236"/>
        <source>Best tag needs a probability of</source>
        <translation>A melhor etiqueta precisa de uma probabilidade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="239"/>
        <source>A tag needs a similarity of</source>
        <translation>Uma etiqueta precisa de uma similaridade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="262"/>
        <source>shown as “{0}”</source>
        <translation>exibido como “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="323"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: o limiar “{1}” não é um número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="357"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_editor.py" line="359"/>
        <source>Name: {0}</source>
        <translation>Nome: {0}</translation>
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
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="287"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Pontua uma amostra das suas fotos com o conjunto como está aqui, sem salvá-lo</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="290"/>
        <source>A sample of your photos</source>
        <translation>Uma amostra das suas fotos</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="291"/>
        <source>The photos selected in the grid</source>
        <translation>As fotos selecionadas na grade</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="292"/>
        <source>Which photos the preview scores: select photos in the main window&apos;s grid to see how the set files them</source>
        <translation>Quais fotos a prévia pontua: selecione fotos na grade da janela principal para ver como o conjunto as classifica</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="295"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="296"/>
        <source>Show similarities</source>
        <translation>Mostrar similaridades</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="298"/>
        <location filename="../../gui/tagset_preview.py" line="332"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>A prévia pontua até {0} das suas fotos com o conjunto, antes de você aplicá-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="348"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>O conjunto mudou desde esta prévia: clique em Prévia novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="361"/>
        <source>No photos are selected in the grid: select some there, or preview a sample.</source>
        <translation>Nenhuma foto está selecionada na grade: selecione algumas lá ou faça a prévia de uma amostra.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="368"/>
        <source>Scoring your photos…</source>
        <translation>Pontuando suas fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="421"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Ainda não há fotos indexadas para a prévia.</translation>
    </message>
    <message>
        <location filename="../../gui/tagset_preview.py" line="426"/>
        <source>{0}; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1}). Click a column to sort.</source>
        <translation>{0}; cores de {2:.2f} (escuro) a {3:.2f} (amarelo). Com moldura: as etiquetas que seriam atribuídas ao aplicar ({1}). Clique em uma coluna para ordenar.</translation>
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
            <numerusform>%Ln foto não recebe nenhuma</numerusform>
            <numerusform>%Ln fotos não recebem nenhuma</numerusform>
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
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="105"/>
        <source>Add built-in</source>
        <translation>Predefinidos</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="135"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas desta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="163"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="164"/>
        <source>Store the set without filing photos yet</source>
        <translation>Salva o conjunto sem organizar as fotos por enquanto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="166"/>
        <source>Apply to library</source>
        <translation>Aplicar à biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="167"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Salva o conjunto e organiza todas as fotos em seus álbuns (em segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="182"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: é possível ver a prévia dos conjuntos, mas não alterá-los.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="196"/>
        <source>not applied yet</source>
        <translation>ainda não aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="198"/>
        <source>changed since applied</source>
        <translation>alterado desde a aplicação</translation>
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
        <translation>Novo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="305"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Já existe um conjunto de etiquetas chamado “{0}”: escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="323"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Salvo. Organizando suas fotos nos álbuns de “{0}”: veja a barra de status.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="327"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>“{0}” salvo. Aplique-o para organizar suas fotos nos álbuns dele.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="344"/>
        <source>Remove tag set</source>
        <translation>Excluir conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="345"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>Excluir “{0}” e os álbuns dele? Suas confirmações e rejeições neles também serão excluídas. Suas fotos continuam onde estão.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="354"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” excluído.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="367"/>
        <source>Add built-in set</source>
        <translation>Adicionar conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="367"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="369"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>“{0}” adicionado. Veja a prévia, ajuste-o e depois aplique-o.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="375"/>
        <location filename="../../gui/tagsets_dialog.py" line="388"/>
        <source>Import a tag set</source>
        <translation>Importar um conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="375"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="383"/>
        <source>Cannot import {0}</source>
        <translation>Não é possível importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="388"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo do arquivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="390"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>“{0}” importado. Veja a prévia e depois aplique-o.</translation>
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
        <translation>Exportar o conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="433"/>
        <source>Exported to {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="441"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="442"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>Descartar suas alterações em “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="442"/>
        <source>the new set</source>
        <translation>o novo conjunto</translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <location filename="../../gui/xmp_export.py" line="39"/>
        <source>Write XMP sidecars</source>
        <translation>Gravar arquivos XMP auxiliares</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="41"/>
        <source>Write your albums into XMP sidecar files beside your photos (photo.jpg.xmp), where digiKam, darktable and Lightroom read them?

Your photos are not changed. A sidecar that is already there keeps its other keywords.</source>
        <translation>Gravar seus álbuns em arquivos XMP auxiliares ao lado das suas fotos (foto.jpg.xmp), onde o digiKam, o darktable e o Lightroom os leem?

Suas fotos não são alteradas. Um arquivo auxiliar que já existe mantém suas outras palavras-chave.</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="47"/>
        <source>Write sidecars</source>
        <translation>Gravar arquivos</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="63"/>
        <source>Writing XMP sidecars…</source>
        <translation>Gravando arquivos XMP auxiliares…</translation>
    </message>
    <message>
        <location filename="../../gui/xmp_export.py" line="74"/>
        <source>XMP sidecars: {0} written, {1} already up to date, {2} failed.</source>
        <translation>Arquivos XMP auxiliares: {0} gravados, {1} já atualizados, {2} com erro.</translation>
    </message>
</context>
</TS>
