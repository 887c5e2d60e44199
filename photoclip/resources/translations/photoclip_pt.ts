<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="86"/>
        <source>{0}

Open the library read-only? You can search, but nothing is indexed.</source>
        <translation>{0}

Abrir a biblioteca somente para leitura? Você poderá pesquisar, mas nada será indexado.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="118"/>
        <source>Read-only: another photoclip is indexing this library</source>
        <translation>Somente leitura: outro photoclip está indexando esta biblioteca</translation>
    </message>
</context>
<context>
    <name>BuiltinTagSets</name>
    <message>
        <location filename="../../gui/tag_names.py" line="40"/>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="41"/>
        <source>Where the photo was taken. At most one scene per photo.</source>
        <translation>Onde a foto foi tirada. No máximo uma cena por foto.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="43"/>
        <source>beach</source>
        <translation>praia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="44"/>
        <source>mountains</source>
        <translation>montanhas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="45"/>
        <source>city street</source>
        <translation>rua da cidade</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="46"/>
        <source>forest</source>
        <translation>floresta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="47"/>
        <source>snow</source>
        <translation>neve</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="49"/>
        <source>indoors</source>
        <extracomment>Scenes: a photo taken inside a building</extracomment>
        <translation>ambientes internos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="50"/>
        <source>countryside</source>
        <translation>campo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="51"/>
        <source>lake or river</source>
        <translation>lago ou rio</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="52"/>
        <source>desert</source>
        <translation>deserto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="53"/>
        <source>park or garden</source>
        <translation>parque ou jardim</translation>
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
        <translation>O que a foto mostra. Uma foto pode ter vários temas ou nenhum.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="62"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="63"/>
        <source>pets</source>
        <translation>animais de estimação</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="64"/>
        <source>food</source>
        <translation>comida</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="65"/>
        <source>documents and screenshots</source>
        <translation>documentos e capturas de tela</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="66"/>
        <source>vehicles</source>
        <translation>veículos</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="67"/>
        <source>plants and flowers</source>
        <translation>plantas e flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="68"/>
        <source>buildings</source>
        <translation>edifícios</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="69"/>
        <source>wild animals</source>
        <translation>animais selvagens</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="70"/>
        <source>babies and children</source>
        <translation>bebês e crianças</translation>
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
        <translation>O que estava acontecendo. A maioria das fotos não tem nenhum.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="79"/>
        <source>birthday</source>
        <translation>aniversário</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="80"/>
        <source>wedding</source>
        <translation>casamento</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="82"/>
        <source>concert</source>
        <extracomment>Events: a band or musician playing live</extracomment>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="84"/>
        <source>sports</source>
        <extracomment>Events: a game or match being played</extracomment>
        <translation>esportes</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="85"/>
        <source>graduation</source>
        <translation>formatura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="86"/>
        <source>christmas</source>
        <translation>Natal</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="87"/>
        <source>party</source>
        <translation>festa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="89"/>
        <source>hiking</source>
        <extracomment>Events: people walking on trails</extracomment>
        <translation>trilha</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="90"/>
        <source>travel</source>
        <translation>viagens</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="95"/>
        <source>COCO objects</source>
        <translation>Objetos do COCO</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="96"/>
        <source>The 80 object categories of COCO; for evaluation against labelled photos.</source>
        <translation>As 80 categorias de objetos do COCO; para avaliação com fotos já rotuladas.</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="98"/>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="99"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="100"/>
        <source>car</source>
        <translation>carro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="101"/>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="102"/>
        <source>airplane</source>
        <translation>avião</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="103"/>
        <source>bus</source>
        <translation>ônibus</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="104"/>
        <source>train</source>
        <translation>trem</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="105"/>
        <source>truck</source>
        <translation>caminhão</translation>
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
        <translation>hidrante</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="109"/>
        <source>stop sign</source>
        <translation>placa de pare</translation>
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
        <translation>pássaro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="114"/>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="115"/>
        <source>dog</source>
        <translation>cachorro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="116"/>
        <source>horse</source>
        <translation>cavalo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="117"/>
        <source>sheep</source>
        <translation>ovelha</translation>
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
        <translation>urso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="121"/>
        <source>zebra</source>
        <translation>zebra</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="122"/>
        <source>giraffe</source>
        <translation>girafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="123"/>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="124"/>
        <source>umbrella</source>
        <translation>guarda-chuva</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="125"/>
        <source>handbag</source>
        <translation>bolsa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="127"/>
        <source>tie</source>
        <extracomment>COCO: the necktie</extracomment>
        <translation>gravata</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="128"/>
        <source>suitcase</source>
        <translation>mala</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="129"/>
        <source>frisbee</source>
        <translation>frisbee</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="130"/>
        <source>skis</source>
        <translation>esquis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="131"/>
        <source>snowboard</source>
        <translation>prancha de snowboard</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="133"/>
        <source>sports ball</source>
        <extracomment>COCO: any ball used in a sport</extracomment>
        <translation>bola</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="135"/>
        <source>kite</source>
        <extracomment>COCO: the toy kite flown on a string</extracomment>
        <translation>pipa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="136"/>
        <source>baseball bat</source>
        <translation>taco de beisebol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="137"/>
        <source>baseball glove</source>
        <translation>luva de beisebol</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="138"/>
        <source>skateboard</source>
        <translation>skate</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="139"/>
        <source>surfboard</source>
        <translation>prancha de surfe</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="140"/>
        <source>tennis racket</source>
        <translation>raquete de tênis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="141"/>
        <source>bottle</source>
        <translation>garrafa</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="142"/>
        <source>wine glass</source>
        <translation>taça de vinho</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="144"/>
        <source>cup</source>
        <extracomment>COCO: a cup or mug</extracomment>
        <translation>xícara</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="145"/>
        <source>fork</source>
        <translation>garfo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="146"/>
        <source>knife</source>
        <translation>faca</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="147"/>
        <source>spoon</source>
        <translation>colher</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="149"/>
        <source>bowl</source>
        <extracomment>COCO: the dish</extracomment>
        <translation>tigela</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="150"/>
        <source>banana</source>
        <translation>banana</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="151"/>
        <source>apple</source>
        <translation>maçã</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="152"/>
        <source>sandwich</source>
        <translation>sanduíche</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="154"/>
        <source>orange</source>
        <extracomment>COCO: the fruit</extracomment>
        <translation>laranja</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="155"/>
        <source>broccoli</source>
        <translation>brócolis</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="156"/>
        <source>carrot</source>
        <translation>cenoura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="157"/>
        <source>hot dog</source>
        <translation>cachorro-quente</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="158"/>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="159"/>
        <source>donut</source>
        <translation>rosquinha</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="161"/>
        <source>cake</source>
        <extracomment>COCO: the sweet food</extracomment>
        <translation>bolo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="162"/>
        <source>chair</source>
        <translation>cadeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="163"/>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="164"/>
        <source>potted plant</source>
        <translation>planta em vaso</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="165"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="166"/>
        <source>dining table</source>
        <translation>mesa de jantar</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="167"/>
        <source>toilet</source>
        <translation>vaso sanitário</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="169"/>
        <source>tv</source>
        <extracomment>COCO: a television set</extracomment>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="170"/>
        <source>laptop</source>
        <translation>notebook</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="172"/>
        <source>mouse</source>
        <extracomment>COCO: the computer mouse</extracomment>
        <translation>mouse</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="174"/>
        <source>remote</source>
        <extracomment>COCO: the remote control</extracomment>
        <translation>controle remoto</translation>
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
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="178"/>
        <source>microwave</source>
        <translation>micro-ondas</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="179"/>
        <source>oven</source>
        <translation>forno</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="180"/>
        <source>toaster</source>
        <translation>torradeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="182"/>
        <source>sink</source>
        <extracomment>COCO: the kitchen or bathroom sink</extracomment>
        <translation>pia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="183"/>
        <source>refrigerator</source>
        <translation>geladeira</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="184"/>
        <source>book</source>
        <translation>livro</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="185"/>
        <source>clock</source>
        <translation>relógio</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="187"/>
        <source>vase</source>
        <extracomment>COCO: the flower vase</extracomment>
        <translation>vaso de flores</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="188"/>
        <source>scissors</source>
        <translation>tesoura</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="189"/>
        <source>teddy bear</source>
        <translation>ursinho de pelúcia</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="190"/>
        <source>hair drier</source>
        <translation>secador de cabelo</translation>
    </message>
    <message>
        <location filename="../../gui/tag_names.py" line="191"/>
        <source>toothbrush</source>
        <translation>escova de dentes</translation>
    </message>
</context>
<context>
    <name>CaptionsWidget</name>
    <message>
        <location filename="../../gui/captions_widget.py" line="64"/>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="95"/>
        <source>Personalisation learns your words from captions.</source>
        <translation>A personalização aprende suas palavras com as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="123"/>
        <source>This library is open read-only: captions cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="80"/>
        <source>Double-click a caption to change it</source>
        <translation>Clique duas vezes em uma legenda para alterá-la</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="84"/>
        <source>Add a caption, e.g. “Rex asleep on the sofa”</source>
        <translation>Ex.: “Rex dormindo no sofá”</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="87"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="89"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="90"/>
        <source>Remove the selected caption</source>
        <translation>Remover a legenda selecionada</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="177"/>
        <source>This photo already has that caption.</source>
        <translation>Esta foto já tem essa legenda.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="230"/>
        <source>Captions saved: {0}</source>
        <translation>Legendas salvas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="236"/>
        <source>Not saved: {0}</source>
        <translation>Não foi salvo: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <source>Files that could not be read</source>
        <translation>Arquivos que não puderam ser lidos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="227"/>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>Boas-vindas ao photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="106"/>
        <source>photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer.</source>
        <translation>O photoclip encontra as fotos pelo que aparece nelas. Escolha as pastas que deseja indexar; as fotos ficam onde estão e nada sai deste computador.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="114"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="123"/>
        <source>Multilingual: understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation>Multilíngue: entende pesquisas em português, espanhol e mais de 100 idiomas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="125"/>
        <source>English (recommended)</source>
        <translation>Inglês (recomendado)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="133"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="138"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../gui/dialogs.py" line="69"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="70"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="90"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="256"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="257"/>
        <source>similarity {0:.3f}</source>
        <translation>similaridade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="258"/>
        <source>threshold {0:.3f}</source>
        <translation>limiar {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="260"/>
        <source>an apply gives this tag</source>
        <translation>ao aplicar, esta etiqueta é atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="262"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>não atribuída: em um conjunto exclusivo só a melhor etiqueta pode ser atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="264"/>
        <source>an apply does not give this tag</source>
        <translation>ao aplicar, esta etiqueta não é atribuída</translation>
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
        <translation>{0}: limiar {1:.3f}; {2} destas {3} fotos seriam organizadas aqui</translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="101"/>
        <location filename="../../gui/personalize_dialog.py" line="169"/>
        <source>Training loss</source>
        <translation>Perda de treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="101"/>
        <source>Held-out recall@10</source>
        <translation>Acerto@10 na validação</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="166"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="170"/>
        <source>Recall@10</source>
        <translation>Acerto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="184"/>
        <source>Press Train: the loss and the held-out recall of each epoch appear here.</source>
        <translation>Clique em Treinar: a perda e o acerto na validação de cada época aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="194"/>
        <source>best</source>
        <translation>melhor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="116"/>
        <location filename="../../gui/main_window.py" line="427"/>
        <source>Describe a photo…</source>
        <translation>Descreva uma foto…</translation>
    </message>
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
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227"/>
        <source>Ready</source>
        <translation>Pronto</translation>
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
        <translation>Atualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>All photos</source>
        <translation>Todas as fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378"/>
        <source>{0} (not applied)</source>
        <translation>{0} (não aplicado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desatualizado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="397"/>
        <source>{0} › {1}: {2} photos; threshold {3:.2f}</source>
        <translation>{0} › {1}: {2} fotos; limiar {3:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation>{0} confirmadas e {1} rejeitadas por você</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>Add a tag set…</source>
        <translation>Adicionar conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Os conjuntos de etiquetas organizam suas fotos em álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429"/>
        <source>Search in “{0}”…</source>
        <translation>Pesquisar em “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Ainda não há fotos. Adicione uma pasta para começar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547"/>
        <source>No photos match the filters.</source>
        <translation>Nenhuma foto corresponde aos filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="566"/>
        <source>Album “{0}”: {1} photos</source>
        <translation>Álbum “{0}”: {1} fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="567"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Ainda não há fotos em “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="583"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="595"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” em “{2}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="603"/>
        <source>No photos match “{0}”.</source>
        <translation>Nenhuma foto corresponde a “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="614"/>
        <source>Finding similar photos…</source>
        <translation>Procurando fotos semelhantes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="622"/>
        <source>{0} similar photos</source>
        <translation>{0} fotos semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="623"/>
        <source>No similar photos found.</source>
        <translation>Nenhuma foto semelhante foi encontrada.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="678"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rejeitado: esta foto não está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="680"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” volta a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="682"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; o limiar do álbum mudou, então a biblioteca está sendo organizada de novo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="733"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="806"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: treinando com suas legendas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="814"/>
        <source>Picked up {0} changed files</source>
        <translation>{0} arquivos alterados detectados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="825"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexação pausada (usando bateria)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Indexing paused</source>
        <translation>Indexação pausada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="841"/>
        <source>Looking for new photos… {0} files</source>
        <translation>Procurando fotos novas… {0} arquivos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="843"/>
        <source>Loading the model for {0} photos…</source>
        <translation>Carregando o modelo para {0} fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="847"/>
        <source>, {0} left</source>
        <translation>, faltam {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="849"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="852"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando as etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="858"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Organizando fotos em álbuns ({0}): {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="864"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation>Indexação cancelada: {0} fotos indexadas; o restante continua na próxima vez</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="866"/>
        <source>Indexed {0} new photos</source>
        <translation>{0} fotos novas indexadas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="869"/>
        <source>Albums are up to date</source>
        <translation>Os álbuns estão atualizados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="871"/>
        <source>Library is up to date</source>
        <translation>A biblioteca está atualizada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="891"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="896"/>
        <source>{0} unreadable files</source>
        <translation>{0} arquivos ilegíveis</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="940"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="947"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível adicionar pastas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="960"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Organizando fotos nos álbuns de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1014"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1019"/>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1019"/>
        <source>photoclip hit an internal error. Please report it with the details below.</source>
        <translation>O photoclip encontrou um erro interno. Por favor, relate o problema com os detalhes abaixo.</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../gui/dialogs.py" line="54"/>
        <source>already downloaded</source>
        <translation>já baixado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="56"/>
        <source>{0:.1f} GB download</source>
        <translation>download de {0:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="58"/>
        <source>{0:.0f} MB download</source>
        <translation>download de {0:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="264"/>
        <source>Download cancelled. It resumes where it stopped next time.</source>
        <translation>Download cancelado. Da próxima vez, ele continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="293"/>
        <source>Downloading {0} ({1:.0f} MB)…</source>
        <translation>Baixando {0} ({1:.0f} MB)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="293"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="295"/>
        <source>Downloading the model</source>
        <translation>Baixando o modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="303"/>
        <source>Downloading {0}: {1:.0f} of {2:.0f} MB</source>
        <translation>Baixando {0}: {1:.0f} de {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="320"/>
        <source>No connection</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="321"/>
        <source>photoclip could not download the model: this computer seems to be offline.

You can import a weights file downloaded on another computer (for {0}: the file {1} from {2}).

Import a weights file now?</source>
        <translation>O photoclip não conseguiu baixar o modelo: este computador parece estar sem conexão.

Você pode importar um arquivo de pesos baixado em outro computador (para {0}: o arquivo {1} de {2}).

Importar um arquivo de pesos agora?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="330"/>
        <source>Download failed</source>
        <translation>Falha no download</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="337"/>
        <source>Import model weights</source>
        <translation>Importar pesos do modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="337"/>
        <source>Model weights (*.safetensors *.bin *.pt *.pth)</source>
        <translation>Pesos do modelo (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="345"/>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
</context>
<context>
    <name>PersonalizeDialog</name>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="260"/>
        <source>Personalize search</source>
        <translation>Personalizar a pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="268"/>
        <source>photoclip can learn your own words (“Rex”, “Grandma’s garden”) from captions you give your photos. Only the model’s two small projection heads are trained; about a fifth of the captioned photos are held out to check that searches really get better. The original model is kept: going back is one click.</source>
        <translation>O photoclip pode aprender suas próprias palavras (“Rex”, “jardim da vovó”) com as legendas que você dá às suas fotos. Só as duas pequenas camadas de projeção do modelo são treinadas; cerca de um quinto das fotos com legenda fica reservado para verificar se as pesquisas realmente melhoram. O modelo original é mantido: voltar a ele leva só um clique.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="274"/>
        <source>Counting captions…</source>
        <translation>Contando legendas…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="276"/>
        <source>Import captions from CSV…</source>
        <translation>Importar legendas de CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="278"/>
        <source>A CSV file of path,caption rows; relative paths are relative to the file’s folder.</source>
        <translation>Um arquivo CSV com duas colunas por linha, caminho e legenda; caminhos relativos partem da pasta do arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="288"/>
        <source>Your captions</source>
        <translation>Suas legendas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="297"/>
        <source>Training stops earlier when held-out recall stops improving.</source>
        <translation>O treinamento para antes se o acerto na validação deixar de melhorar.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="298"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="301"/>
        <source>Cancel training</source>
        <translation>Cancelar treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="310"/>
        <source>At most</source>
        <translation>No máximo</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="320"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@1</source>
        <translation>Acerto@1</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@5</source>
        <translation>Acerto@5</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="321"/>
        <source>Recall@10</source>
        <translation>Acerto@10</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="328"/>
        <source>Held-out text-to-image recall: how often a held-out caption finds its own photo in the top 1, 5 or 10.</source>
        <translation>Acerto de texto para imagem na validação: com que frequência uma legenda reservada encontra a própria foto na primeira posição ou entre as 5 ou 10 primeiras.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="343"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="344"/>
        <source>Search with the trained model from now on (no photo is read again).</source>
        <translation>Pesquisar com o modelo treinado a partir de agora (nenhuma foto é lida novamente).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="359"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="373"/>
        <source>Use selected profile</source>
        <translation>Usar o perfil selecionado</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="375"/>
        <source>Revert to original</source>
        <translation>Voltar ao original</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="376"/>
        <source>Search with the model as it came: exactly the results it gave before.</source>
        <translation>Pesquisar com o modelo como veio: exatamente os mesmos resultados de antes.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="385"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="426"/>
        <source>{0} captions on {1} photos.</source>
        <translation>{0} legendas em {1} fotos.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="429"/>
        <source>Training needs captions on at least {0} indexed photos: add them in the photo view or import a CSV file.</source>
        <translation>O treinamento precisa de legendas em pelo menos {0} fotos indexadas: adicione-as na visualização da foto ou importe um arquivo CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="433"/>
        <source>Searches use the original model ({0}).</source>
        <translation>As pesquisas usam o modelo original ({0}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="435"/>
        <source>Searches use your profile {0} ({1}).</source>
        <translation>As pesquisas usam seu perfil {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="439"/>
        <source>{0} · trained {1} on {2} captions</source>
        <translation>{0} · treinado em {1} com {2} legendas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="443"/>
        <source>(in use)</source>
        <translation>(em uso)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="452"/>
        <source>No saved profiles yet: train, then apply.</source>
        <translation>Ainda não há perfis salvos: treine e depois aplique.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="472"/>
        <source>This library is open read-only: it cannot be personalised.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível personalizá-la.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="494"/>
        <source>Import captions</source>
        <translation>Importar legendas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="494"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="500"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="505"/>
        <source>{0}: added {1} captions for {2} photos ({3} were already there).</source>
        <translation>{0}: {1} legendas adicionadas a {2} fotos ({3} já existiam).</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="657"/>
        <source>Searches were not changed.</source>
        <translation>As pesquisas não foram alteradas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="511"/>
        <source>line {0}: {1}</source>
        <translation>linha {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="441"/>
        <source>recall@10 {0:.1%} → {1:.1%}</source>
        <translation>acerto@10 {0:.1%} → {1:.1%}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="510"/>
        <source>Rows skipped: {0}</source>
        <translation>Linhas ignoradas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="538"/>
        <source>Waiting for the indexer…</source>
        <translation>Aguardando o fim da indexação…</translation>
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
        <translation>Iniciando: carregando o modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="563"/>
        <source>Reading your captions: {0} of {1} new ones encoded</source>
        <translation>Lendo suas legendas: {0} de {1} novas codificadas</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="572"/>
        <source>Training… the starting model: loss {0:.3f}</source>
        <translation>Treinando… modelo inicial: perda {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="575"/>
        <source>Training… epoch {0} of at most {1}: loss {2:.3f}, held-out recall@10 {3:.1%} (best: epoch {4})</source>
        <translation>Treinando… época {0} de até {1}: perda {2:.3f}, acerto@10 na validação {3:.1%} (melhor: época {4})</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="589"/>
        <source>{0:+.1f} pts</source>
        <translation>{0:+.1f} p.p.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="600"/>
        <location filename="../../gui/personalize_dialog.py" line="690"/>
        <source>Training cancelled.</source>
        <translation>Treinamento cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="607"/>
        <source>Trained in {0:.1f} s: {1} epochs on {2} captions of {3} photos; {4} photos held out.</source>
        <translation>Treinado em {0:.1f} s: {1} épocas com {2} legendas de {3} fotos; {4} fotos reservadas para validação.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="613"/>
        <source>Held-out recall improved (best epoch: {0}). Apply to search with it.</source>
        <translation>O acerto na validação melhorou (melhor época: {0}). Clique em Aplicar para usá-lo nas pesquisas.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="617"/>
        <source>Not improved: held-out recall is no better than before, so it cannot be applied. Add more captions, or captions that say what you search for, and train again.</source>
        <translation>Sem melhora: o acerto na validação não é melhor que antes, então não pode ser aplicado. Adicione mais legendas, ou legendas que digam o que você pesquisa, e treine novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="628"/>
        <source>Applying: projecting your photos through the new model…</source>
        <translation>Aplicando: projetando suas fotos com o novo modelo…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="635"/>
        <source>Switching to profile {0}…</source>
        <translation>Mudando para o perfil {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="641"/>
        <source>Going back to the original model…</source>
        <translation>Voltando ao modelo original…</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="653"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="664"/>
        <source>Searches use the original model again.</source>
        <translation>As pesquisas voltaram a usar o modelo original.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="667"/>
        <source>Searches now use profile {0}.</source>
        <translation>As pesquisas agora usam o perfil {0}.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="669"/>
        <source>Applied: saved as profile {0}, which searches use now.</source>
        <translation>Aplicado: salvo como perfil {0}, que as pesquisas usam a partir de agora.</translation>
    </message>
    <message>
        <location filename="../../gui/personalize_dialog.py" line="693"/>
        <source>Training failed: {0}</source>
        <translation>Falha no treinamento: {0}</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../gui/grid.py" line="179"/>
        <source>{0}
score {1:.3f}</source>
        <translation>{0}
pontuação {1:.3f}</translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="92"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="105"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Coloque esta foto em outro álbum manualmente (conta como uma confirmação).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="106"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="108"/>
        <source>Put it in another album:</source>
        <translation>Adicionar a outro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="136"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="146"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="166"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto não está em nenhum álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="169"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Ainda não há álbuns: crie conjuntos de etiquetas em “Conjuntos de etiquetas…” para organizar as fotos em álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="172"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="58"/>
        <location filename="../../gui/photo_view.py" line="117"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="71"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="72"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="73"/>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="74"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="75"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="77"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="78"/>
        <source>Find similar</source>
        <translation>Encontrar semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="79"/>
        <source>Open with default app</source>
        <translation>Abrir com o app padrão</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="80"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="123"/>
        <source>(file date)</source>
        <translation>(do arquivo)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="125"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="133"/>
        <source>Cannot show this photo: {0}</source>
        <translation>Não é possível mostrar esta foto: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="154"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="161"/>
        <source> (tests only)</source>
        <translation> (somente para testes)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automático (GPU, se disponível)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="169"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU da Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="177"/>
        <source>All cores</source>
        <translation>Todos os núcleos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="185"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="189"/>
        <source>Takes effect when photoclip starts again</source>
        <translation>Entra em vigor na próxima vez que o photoclip for iniciado</translation>
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
        <translation>Threads de CPU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>Thumbnail cache</source>
        <translation>Cache de miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="201"/>
        <source>Watched folders</source>
        <translation>Pastas monitoradas</translation>
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
        <location filename="../../gui/tags_panel.py" line="60"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertence a este álbum: nenhuma execução posterior vai removê-la.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="63"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto não pertence a este álbum: nenhuma execução posterior vai colocá-la de volta.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="66"/>
        <source>Clear</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="67"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Esquecer sua escolha: o conjunto de etiquetas volta a decidir.</translation>
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
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="361"/>
        <source>Add built-in</source>
        <translation>Predefinidos</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="391"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas desta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="397"/>
        <source>e.g. Scenes</source>
        <translation>ex.: Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="399"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: no máximo uma etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="400"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Múltiplas etiquetas: qualquer número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="405"/>
        <source>and a similarity of at least</source>
        <translation>e uma similaridade de pelo menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="417"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 templates de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="418"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 templates da receita ImageNet do CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="419"/>
        <source>The label alone</source>
        <translation>Apenas o nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="420"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Os textos gerados a partir do nome de uma etiqueta quando ela não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="425"/>
        <source>A built-in set&apos;s name as photoclip shows it in your language</source>
        <translation>O nome de um conjunto predefinido como o photoclip o exibe no seu idioma</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="430"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <source>Shown as</source>
        <translation>Exibido como</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="446"/>
        <source>The album&apos;s name, and the text CLIP reads (put into the templates) when the tag has no prompts</source>
        <translation>O nome do álbum e o texto que o CLIP lê (dentro dos templates) quando a etiqueta não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="449"/>
        <source>How photoclip names a built-in album in your language; CLIP still reads the label</source>
        <translation>Como o photoclip chama um álbum predefinido no seu idioma; o CLIP continua lendo o nome original</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="453"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que descrevem a etiqueta, separados por ponto e vírgula. Vazio: os templates acima, aplicados ao nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="455"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Limiar próprio desta etiqueta. Vazio: o do conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="458"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="460"/>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
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
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="475"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Pontua uma amostra das suas fotos com o conjunto como está aqui, sem salvá-lo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="478"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="479"/>
        <source>Show similarities</source>
        <translation>Mostrar similaridades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="481"/>
        <location filename="../../gui/tagsets_dialog.py" line="667"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>A prévia pontua até {0} das suas fotos com o conjunto, antes de você aplicá-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="525"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="526"/>
        <source>Store the set without filing photos yet</source>
        <translation>Salva o conjunto sem organizar as fotos por enquanto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="528"/>
        <source>Apply to library</source>
        <translation>Aplicar à biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="529"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Salva o conjunto e organiza todas as fotos em seus álbuns (em segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="532"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="544"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: é possível ver a prévia dos conjuntos, mas não alterá-los.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="569"/>
        <source>not applied yet</source>
        <translation>ainda não aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="571"/>
        <source>changed since applied</source>
        <translation>alterado desde a aplicação</translation>
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
        <translation>Novo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="652"/>
        <source>The set&apos;s own templates</source>
        <translation>Templates próprios do conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="705"/>
        <source>Best tag needs a probability of</source>
        <translation>A melhor etiqueta precisa de uma probabilidade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="708"/>
        <source>A tag needs a similarity of</source>
        <translation>Uma etiqueta precisa de uma similaridade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="731"/>
        <source>shown as “{0}”</source>
        <translation>exibido como “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="798"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: o limiar “{1}” não é um número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="827"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="829"/>
        <source>Name: {0}</source>
        <translation>Nome: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="831"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="848"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>O conjunto mudou desde esta prévia: clique em Prévia novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="862"/>
        <source>Scoring your photos…</source>
        <translation>Pontuando suas fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="911"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Ainda não há fotos indexadas para a prévia.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="916"/>
        <source>{0} photos; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1} photos get none). Click a column to sort.</source>
        <translation>{0} fotos; cores de {2:.2f} (escuro) a {3:.2f} (amarelo). Com moldura: as etiquetas que seriam atribuídas ao aplicar ({1} fotos não recebem nenhuma). Clique em uma coluna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="934"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Já existe um conjunto de etiquetas chamado “{0}”: escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="952"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Salvo. Organizando suas fotos nos álbuns de “{0}”: veja a barra de status.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="956"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>“{0}” salvo. Aplique-o para organizar suas fotos nos álbuns dele.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="973"/>
        <source>Remove tag set</source>
        <translation>Excluir conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="974"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>Excluir “{0}” e os álbuns dele? Suas confirmações e rejeições neles também serão excluídas. Suas fotos continuam onde estão.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="983"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” excluído.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="999"/>
        <source>Add built-in set</source>
        <translation>Adicionar conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="999"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1004"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>“{0}” adicionado. Veja a prévia, ajuste-o e depois aplique-o.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1010"/>
        <location filename="../../gui/tagsets_dialog.py" line="1026"/>
        <source>Import a tag set</source>
        <translation>Importar um conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1010"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1018"/>
        <source>Cannot import {0}</source>
        <translation>Não é possível importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1026"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo do arquivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1031"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>“{0}” importado. Veja a prévia e depois aplique-o.</translation>
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
        <translation>Exportar o conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1067"/>
        <source>Exported to {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1075"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1076"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>Descartar suas alterações em “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1076"/>
        <source>the new set</source>
        <translation>o novo conjunto</translation>
    </message>
</context>
</TS>
