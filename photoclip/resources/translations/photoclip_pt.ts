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
        <location filename="../../gui/tagsets_dialog.py" line="250"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="251"/>
        <source>similarity {0:.3f}</source>
        <translation>similaridade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="252"/>
        <source>threshold {0:.3f}</source>
        <translation>limiar {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="254"/>
        <source>an apply gives this tag</source>
        <translation>ao aplicar, esta etiqueta é atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="256"/>
        <source>not given: in an exclusive set only the best tag can be given</source>
        <translation>não atribuída: em um conjunto exclusivo só a melhor etiqueta pode ser atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="258"/>
        <source>an apply does not give this tag</source>
        <translation>ao aplicar, esta etiqueta não é atribuída</translation>
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
        <location filename="../../gui/main_window.py" line="115"/>
        <location filename="../../gui/main_window.py" line="422"/>
        <source>Describe a photo…</source>
        <translation>Descreva uma foto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Personalize…</source>
        <translation>Personalizar…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Teach search your own words from your captions</source>
        <translation>Ensine à pesquisa suas próprias palavras a partir das suas legendas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation>Conjuntos de etiquetas que organizam suas fotos em álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Ready</source>
        <translation>Pronto</translation>
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
        <translation>Atualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292"/>
        <source>All photos</source>
        <translation>Todas as fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376"/>
        <source>{0} (not applied)</source>
        <translation>{0} (não aplicado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desatualizado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>{0} › {1}: {2} photos; threshold {3:.2f}</source>
        <translation>{0} › {1}: {2} fotos; limiar {3:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation>{0} confirmadas e {1} rejeitadas por você</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402"/>
        <source>Add a tag set…</source>
        <translation>Adicionar conjunto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Os conjuntos de etiquetas organizam suas fotos em álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="424"/>
        <source>Search in “{0}”…</source>
        <translation>Pesquisar em “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Ainda não há fotos. Adicione uma pasta para começar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>No photos match the filters.</source>
        <translation>Nenhuma foto corresponde aos filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>Album “{0}”: {1} photos</source>
        <translation>Álbum “{0}”: {1} fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="560"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Ainda não há fotos em “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="576"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="588"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” em “{2}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="591"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="594"/>
        <source>No photos match “{0}”.</source>
        <translation>Nenhuma foto corresponde a “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="605"/>
        <source>Finding similar photos…</source>
        <translation>Procurando fotos semelhantes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>{0} similar photos</source>
        <translation>{0} fotos semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="614"/>
        <source>No similar photos found.</source>
        <translation>Nenhuma foto semelhante foi encontrada.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="657"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="668"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rejeitado: esta foto não está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="670"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” volta a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="672"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; o limiar do álbum mudou, então a biblioteca está sendo organizada de novo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="796"/>
        <source>Personalising: training on your captions…</source>
        <translation>Personalizando: treinando com suas legendas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="804"/>
        <source>Picked up {0} changed files</source>
        <translation>{0} arquivos alterados detectados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="815"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexação pausada (usando bateria)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Indexing paused</source>
        <translation>Indexação pausada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Looking for new photos… {0} files</source>
        <translation>Procurando fotos novas… {0} arquivos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="833"/>
        <source>Loading the model for {0} photos…</source>
        <translation>Carregando o modelo para {0} fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="837"/>
        <source>, {0} left</source>
        <translation>, faltam {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="839"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="842"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando as etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="848"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Organizando fotos em álbuns ({0}): {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="854"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation>Indexação cancelada: {0} fotos indexadas; o restante continua na próxima vez</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="856"/>
        <source>Indexed {0} new photos</source>
        <translation>{0} fotos novas indexadas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="859"/>
        <source>Albums are up to date</source>
        <translation>Os álbuns estão atualizados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="861"/>
        <source>Library is up to date</source>
        <translation>A biblioteca está atualizada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="881"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="886"/>
        <source>{0} unreadable files</source>
        <translation>{0} arquivos ilegíveis</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="937"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível adicionar pastas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="949"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Organizando fotos nos álbuns de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1002"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1007"/>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1007"/>
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
        <location filename="../../gui/tags_panel.py" line="89"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="102"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation>Coloque esta foto em outro álbum manualmente (conta como uma confirmação).</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="103"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="105"/>
        <source>Put it in another album:</source>
        <translation>Adicionar a outro álbum:</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="133"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="143"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="163"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto não está em nenhum álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="166"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Ainda não há álbuns: crie conjuntos de etiquetas em “Conjuntos de etiquetas…” para organizar as fotos em álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="169"/>
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
        <location filename="../../gui/tags_panel.py" line="46"/>
        <source> · score {0:.2f}</source>
        <translation> · pontuação {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="48"/>
        <source>Confirmed by you</source>
        <translation>Confirmada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="50"/>
        <source>Rejected by you</source>
        <translation>Rejeitada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="52"/>
        <source>Filed automatically</source>
        <translation>Organizada automaticamente</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="57"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="58"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertence a este álbum: nenhuma execução posterior vai removê-la.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="60"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="61"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto não pertence a este álbum: nenhuma execução posterior vai colocá-la de volta.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="63"/>
        <source>Clear</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="64"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Esquecer sua escolha: o conjunto de etiquetas volta a decidir.</translation>
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
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="355"/>
        <source>Add built-in</source>
        <translation>Predefinidos</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="385"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas desta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="391"/>
        <source>e.g. Scenes</source>
        <translation>ex.: Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="393"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: no máximo uma etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="394"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Múltiplas etiquetas: qualquer número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="399"/>
        <source>and a similarity of at least</source>
        <translation>e uma similaridade de pelo menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="411"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 templates de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="412"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 templates da receita ImageNet do CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="413"/>
        <source>The label alone</source>
        <translation>Apenas o nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="414"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Os textos gerados a partir do nome de uma etiqueta quando ela não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="416"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="422"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="422"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="429"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que descrevem a etiqueta, separados por ponto e vírgula. Vazio: os templates acima, aplicados ao nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="431"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Limiar próprio desta etiqueta. Vazio: o do conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="434"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="436"/>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
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
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="451"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Pontua uma amostra das suas fotos com o conjunto como está aqui, sem salvá-lo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="454"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="455"/>
        <source>Show similarities</source>
        <translation>Mostrar similaridades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="457"/>
        <location filename="../../gui/tagsets_dialog.py" line="641"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>A prévia pontua até {0} das suas fotos com o conjunto, antes de você aplicá-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="501"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="502"/>
        <source>Store the set without filing photos yet</source>
        <translation>Salva o conjunto sem organizar as fotos por enquanto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="504"/>
        <source>Apply to library</source>
        <translation>Aplicar à biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="505"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Salva o conjunto e organiza todas as fotos em seus álbuns (em segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="508"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="520"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: é possível ver a prévia dos conjuntos, mas não alterá-los.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="544"/>
        <source>not applied yet</source>
        <translation>ainda não aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="546"/>
        <source>changed since applied</source>
        <translation>alterado desde a aplicação</translation>
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
        <translation>Novo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="626"/>
        <source>The set&apos;s own templates</source>
        <translation>Templates próprios do conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="673"/>
        <source>Best tag needs a probability of</source>
        <translation>A melhor etiqueta precisa de uma probabilidade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="676"/>
        <source>A tag needs a similarity of</source>
        <translation>Uma etiqueta precisa de uma similaridade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="743"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: o limiar “{1}” não é um número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="772"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="774"/>
        <source>Name: {0}</source>
        <translation>Nome: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="776"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="793"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>O conjunto mudou desde esta prévia: clique em Prévia novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="807"/>
        <source>Scoring your photos…</source>
        <translation>Pontuando suas fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="856"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Ainda não há fotos indexadas para a prévia.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="861"/>
        <source>{0} photos; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1} photos get none). Click a column to sort.</source>
        <translation>{0} fotos; cores de {2:.2f} (escuro) a {3:.2f} (amarelo). Com moldura: as etiquetas que seriam atribuídas ao aplicar ({1} fotos não recebem nenhuma). Clique em uma coluna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="879"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Já existe um conjunto de etiquetas chamado “{0}”: escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="896"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Salvo. Organizando suas fotos nos álbuns de “{0}”: veja a barra de status.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="899"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>“{0}” salvo. Aplique-o para organizar suas fotos nos álbuns dele.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="916"/>
        <source>Remove tag set</source>
        <translation>Excluir conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="917"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>Excluir “{0}” e os álbuns dele? Suas confirmações e rejeições neles também serão excluídas. Suas fotos continuam onde estão.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="924"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” excluído.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="940"/>
        <source>Add built-in set</source>
        <translation>Adicionar conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="940"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="945"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>“{0}” adicionado. Veja a prévia, ajuste-o e depois aplique-o.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="951"/>
        <location filename="../../gui/tagsets_dialog.py" line="967"/>
        <source>Import a tag set</source>
        <translation>Importar um conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="951"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="959"/>
        <source>Cannot import {0}</source>
        <translation>Não é possível importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="967"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo do arquivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="972"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>“{0}” importado. Veja a prévia e depois aplique-o.</translation>
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
        <translation>Exportar o conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1008"/>
        <source>Exported to {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1016"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1017"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>Descartar suas alterações em “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="1017"/>
        <source>the new set</source>
        <translation>o novo conjunto</translation>
    </message>
</context>
</TS>
