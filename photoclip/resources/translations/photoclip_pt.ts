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
        <location filename="../../gui/captions_widget.py" line="48"/>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="51"/>
        <source>One caption per line, e.g. “Rex asleep on the sofa”</source>
        <translation>Uma legenda por linha, ex.: “Rex dormindo no sofá”</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="56"/>
        <source>Personalisation learns your words from captions.</source>
        <translation>A personalização aprende suas palavras com as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="59"/>
        <source>Save captions</source>
        <translation>Salvar legendas</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="60"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="62"/>
        <source>Undo changes</source>
        <translation>Desfazer alterações</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="91"/>
        <source>This library is open read-only: captions cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar as legendas.</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="115"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/captions_widget.py" line="130"/>
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n legenda</numerusform>
            <numerusform>%n legendas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="148"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/captions_widget.py" line="157"/>
        <source>Saved: %n caption(s)</source>
        <translation>
            <numerusform>Salvo: %n legenda</numerusform>
            <numerusform>Salvo: %n legendas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="164"/>
        <source>Not saved: {0}</source>
        <translation>Não foi salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/captions_widget.py" line="176"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="220"/>
        <source>Files that could not be read</source>
        <translation>Arquivos que não puderam ser lidos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="222"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="222"/>
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
        <location filename="../../gui/tagsets_dialog.py" line="242"/>
        <source>probability {0:.3f}</source>
        <translation>probabilidade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="243"/>
        <source>similarity {0:.3f}</source>
        <translation>similaridade {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="244"/>
        <source>threshold {0:.3f}</source>
        <translation>limiar {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="245"/>
        <source>an apply gives this tag</source>
        <translation>ao aplicar, esta etiqueta é atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="245"/>
        <source>an apply does not give this tag</source>
        <translation>ao aplicar, esta etiqueta não é atribuída</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="254"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="258"/>
        <source>{0}
≥ {1:.2f} · {2}</source>
        <translation>{0}
≥ {1:.2f} · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="260"/>
        <source>{0}: threshold {1:.3f}; {2} of these {3} photos would be filed here</source>
        <translation>{0}: limiar {1:.3f}; {2} destas {3} fotos seriam organizadas aqui</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="114"/>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>Describe a photo…</source>
        <translation>Descreva uma foto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Tag sets…</source>
        <translation>Conjuntos de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation>Conjuntos de etiquetas que organizam suas fotos em álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="219"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <location filename="../../gui/main_window.py" line="794"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>Update library</source>
        <translation>Atualizar biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>All photos</source>
        <translation>Todas as fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288"/>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>Albums</source>
        <translation>Álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307"/>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>{0} (not applied)</source>
        <translation>{0} (não aplicado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="371"/>
        <source>{0} (out of date)</source>
        <translation>{0} (desatualizado)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>{0} photos; threshold {1:.2f}</source>
        <translation>{0} fotos; limiar {1:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="389"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation>{0} confirmadas e {1} rejeitadas por você</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Add a tag set…</source>
        <translation>Adicionar um conjunto de etiquetas…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Tag sets file your photos into albums</source>
        <translation>Os conjuntos de etiquetas organizam suas fotos em álbuns</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="415"/>
        <source>Search in “{0}”…</source>
        <translation>Pesquisar em “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="525"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation>Ainda não há fotos. Adicione uma pasta para começar.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="525"/>
        <source>No photos match the filters.</source>
        <translation>Nenhuma foto corresponde aos filtros.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>Album “{0}”: {1} photos</source>
        <translation>Álbum “{0}”: {1} fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="543"/>
        <source>No photos in “{0}” yet.</source>
        <translation>Ainda não há fotos em “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="571"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” em “{2}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="574"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation>Melhores resultados para “{1}” ({0} fotos)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>No photos match “{0}”.</source>
        <translation>Nenhuma foto corresponde a “{0}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="588"/>
        <source>Finding similar photos…</source>
        <translation>Procurando fotos semelhantes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="596"/>
        <source>{0} similar photos</source>
        <translation>{0} fotos semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="597"/>
        <source>No similar photos found.</source>
        <translation>Nenhuma foto semelhante foi encontrada.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="640"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="649"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation>Confirmado: esta foto está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="651"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation>Rejeitado: esta foto não está em “{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>“{0}” decides for this photo again</source>
        <translation>“{0}” volta a decidir sobre esta foto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="655"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation>{0}; o limiar do álbum mudou, então a biblioteca está sendo organizada de novo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="706"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="783"/>
        <source>Picked up {0} changed files</source>
        <translation>{0} arquivos alterados detectados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="794"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="800"/>
        <source>Indexing paused (on battery)</source>
        <translation>Indexação pausada (usando bateria)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="800"/>
        <source>Indexing paused</source>
        <translation>Indexação pausada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="810"/>
        <source>Looking for new photos… {0} files</source>
        <translation>Procurando fotos novas… {0} arquivos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="812"/>
        <source>Loading the model for {0} photos…</source>
        <translation>Carregando o modelo para {0} fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="816"/>
        <source>, {0} left</source>
        <translation>, faltam {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="818"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation>Indexando {0} de {1} ({2:.1f} fotos/s{3})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Preparing the tags of “{0}”…</source>
        <translation>Preparando as etiquetas de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="827"/>
        <source>Filing photos into albums ({0}): {1} of {2}</source>
        <translation>Organizando fotos em álbuns ({0}): {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="833"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation>Indexação cancelada: {0} fotos indexadas; o restante continua na próxima vez</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="835"/>
        <source>Indexed {0} new photos</source>
        <translation>{0} fotos novas indexadas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="838"/>
        <source>Albums are up to date</source>
        <translation>Os álbuns estão atualizados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="840"/>
        <source>Library is up to date</source>
        <translation>A biblioteca está atualizada</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="860"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="865"/>
        <source>{0} unreadable files</source>
        <translation>{0} arquivos ilegíveis</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="882"/>
        <source>Choose a folder of photos</source>
        <translation>Escolha uma pasta de fotos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="889"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível adicionar pastas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="901"/>
        <source>Filing photos into the albums of “{0}”…</source>
        <translation>Organizando fotos nos álbuns de “{0}”…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="954"/>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="959"/>
        <source>Internal error</source>
        <translation>Erro interno</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="959"/>
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
        <location filename="../../gui/dialogs.py" line="286"/>
        <source>Downloading {0} ({1:.0f} MB)…</source>
        <translation>Baixando {0} ({1:.0f} MB)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="286"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="288"/>
        <source>Downloading the model</source>
        <translation>Baixando o modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="296"/>
        <source>Downloading {0}: {1:.0f} of {2:.0f} MB</source>
        <translation>Baixando {0}: {1:.0f} de {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="313"/>
        <source>No connection</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="314"/>
        <source>photoclip could not download the model: this computer seems to be offline.

You can import a weights file downloaded on another computer (for {0}: the file {1} from {2}).

Import a weights file now?</source>
        <translation>O photoclip não conseguiu baixar o modelo: este computador parece estar sem conexão.

Você pode importar um arquivo de pesos baixado em outro computador (para {0}: o arquivo {1} de {2}).

Importar um arquivo de pesos agora?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="323"/>
        <source>Download failed</source>
        <translation>Falha no download</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="330"/>
        <source>Import model weights</source>
        <translation>Importar pesos do modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="330"/>
        <source>Model weights (*.safetensors *.bin *.pt *.pth)</source>
        <translation>Pesos do modelo (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="338"/>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="83"/>
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
        <location filename="../../gui/tags_panel.py" line="117"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="127"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="147"/>
        <source>This photo is in no album.</source>
        <translation>Esta foto não está em nenhum álbum.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="150"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation>Ainda não há álbuns: crie conjuntos de etiquetas em “Conjuntos de etiquetas…” para organizar as fotos em álbuns.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="153"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: não é possível alterar os álbuns.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="56"/>
        <location filename="../../gui/photo_view.py" line="111"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="69"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="70"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="71"/>
        <source>Taken</source>
        <translation>Data de captura</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="72"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="73"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="75"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="76"/>
        <source>Find similar</source>
        <translation>Encontrar semelhantes</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="77"/>
        <source>Open with default app</source>
        <translation>Abrir com o app padrão</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="78"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="117"/>
        <source>(file date)</source>
        <translation>(data do arquivo)</translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="126"/>
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
        <location filename="../../gui/dialogs.py" line="166"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automático (GPU, se disponível)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="172"/>
        <source>All cores</source>
        <translation>Todos os núcleos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="180"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="184"/>
        <source>Takes effect when photoclip starts again</source>
        <translation>Entra em vigor na próxima vez que o photoclip for iniciado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="187"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="188"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="189"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="190"/>
        <source>CPU threads</source>
        <translation>Threads de CPU</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="191"/>
        <source>Thumbnail cache</source>
        <translation>Cache de miniaturas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>Watched folders</source>
        <translation>Pastas monitoradas</translation>
    </message>
</context>
<context>
    <name>TagRow</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="44"/>
        <source> · score {0:.2f}</source>
        <translation> · pontuação {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="46"/>
        <source>Confirmed by you</source>
        <translation>Confirmada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="48"/>
        <source>Rejected by you</source>
        <translation>Rejeitada por você</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="50"/>
        <source>Filed automatically</source>
        <translation>Organizada automaticamente</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="53"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="54"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation>Esta foto pertence a este álbum: nenhuma execução posterior vai removê-la.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="55"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="56"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation>Esta foto não pertence a este álbum: nenhuma execução posterior vai colocá-la de volta.</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="57"/>
        <source>Clear</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="58"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation>Esquecer sua escolha: o conjunto de etiquetas volta a decidir.</translation>
    </message>
</context>
<context>
    <name>TagSetsDialog</name>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="325"/>
        <source>Tag sets</source>
        <translation>Conjuntos de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="339"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="342"/>
        <source>Add built-in</source>
        <translation>Adicionar predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="346"/>
        <source>{0} ({1} tags)</source>
        <translation>{0} ({1} etiquetas)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="350"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="352"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="354"/>
        <source>Remove</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="372"/>
        <source>Tag sets in this library</source>
        <translation>Conjuntos de etiquetas desta biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="378"/>
        <source>e.g. Scenes</source>
        <translation>ex.: Cenas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="380"/>
        <source>Exclusive: at most one tag per photo</source>
        <translation>Exclusivo: no máximo uma etiqueta por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="381"/>
        <source>Multi-label: any number of tags per photo</source>
        <translation>Múltiplas etiquetas: qualquer número de etiquetas por foto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="386"/>
        <source>and a similarity of at least</source>
        <translation>e uma similaridade de pelo menos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="398"/>
        <source>7 photo templates (“a photo of the large …”)</source>
        <translation>7 templates de foto (“a photo of the large …”)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="399"/>
        <source>80 templates from CLIP&apos;s ImageNet recipe</source>
        <translation>80 templates da receita ImageNet do CLIP</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="400"/>
        <source>The label alone</source>
        <translation>Apenas o nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="401"/>
        <source>The texts made from a tag&apos;s label when the tag has no prompts of its own</source>
        <translation>Os textos gerados a partir do nome de uma etiqueta quando ela não tem textos próprios</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="403"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="404"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="406"/>
        <source>Prompts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="409"/>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="409"/>
        <source>Prompts (separated by ;)</source>
        <translation>Textos (separados por ;)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="409"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="416"/>
        <source>Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.</source>
        <translation>Textos que descrevem a etiqueta, separados por ponto e vírgula. Vazio: os templates acima, aplicados ao nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="418"/>
        <source>This tag&apos;s own threshold. Empty: the set&apos;s.</source>
        <translation>Limiar próprio desta etiqueta. Vazio: o do conjunto.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="421"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="423"/>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="430"/>
        <source>Tag set</source>
        <translation>Conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="437"/>
        <location filename="../../gui/tagsets_dialog.py" line="469"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="438"/>
        <source>Score a sample of your photos against the set as it stands here, without saving it</source>
        <translation>Pontua uma amostra das suas fotos com o conjunto como está aqui, sem salvá-lo</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="441"/>
        <source>Show probabilities</source>
        <translation>Mostrar probabilidades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="442"/>
        <source>Show similarities</source>
        <translation>Mostrar similaridades</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="444"/>
        <location filename="../../gui/tagsets_dialog.py" line="628"/>
        <source>Preview scores up to {0} of your photos against the set, before you apply it.</source>
        <translation>A prévia pontua até {0} das suas fotos com o conjunto, antes de você aplicá-lo.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="488"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="489"/>
        <source>Store the set without filing photos yet</source>
        <translation>Salva o conjunto sem organizar as fotos por enquanto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="491"/>
        <source>Apply to library</source>
        <translation>Aplicar à biblioteca</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="492"/>
        <source>Store the set and file every photo into its albums (in the background)</source>
        <translation>Salva o conjunto e organiza todas as fotos em seus álbuns (em segundo plano)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="495"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="507"/>
        <source>This library is open read-only: sets can be previewed, not changed.</source>
        <translation>Esta biblioteca está aberta somente para leitura: é possível ver a prévia dos conjuntos, mas não alterá-los.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="531"/>
        <source>not applied yet</source>
        <translation>ainda não aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="533"/>
        <source>changed since applied</source>
        <translation>alterado desde a aplicação</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="535"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="536"/>
        <source>{0}
{1} tags, {2}</source>
        <translation>{0}
{1} etiquetas, {2}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="577"/>
        <source>New tag set</source>
        <translation>Novo conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="613"/>
        <source>The set&apos;s own templates</source>
        <translation>Templates próprios do conjunto</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="660"/>
        <source>Best tag needs a probability of</source>
        <translation>A melhor etiqueta precisa de uma probabilidade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="663"/>
        <source>A tag needs a similarity of</source>
        <translation>Uma etiqueta precisa de uma similaridade de</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="729"/>
        <source>Tag {0}: the threshold “{1}” is not a number.</source>
        <translation>Etiqueta {0}: o limiar “{1}” não é um número.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="758"/>
        <source>Tag {0}: {1}</source>
        <translation>Etiqueta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="760"/>
        <source>Name: {0}</source>
        <translation>Nome: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="762"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="779"/>
        <source>The set changed since this preview: press Preview again.</source>
        <translation>O conjunto mudou desde esta prévia: clique em Prévia novamente.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="793"/>
        <source>Scoring your photos…</source>
        <translation>Pontuando suas fotos…</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="838"/>
        <source>No indexed photos to preview yet.</source>
        <translation>Ainda não há fotos indexadas para a prévia.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="842"/>
        <source>{0} photos. Framed cells: the tags an apply would give ({1} photos get none). Click a column to sort.</source>
        <translation>{0} fotos. Células com moldura: as etiquetas que seriam atribuídas ao aplicar ({1} fotos não recebem nenhuma). Clique em uma coluna para ordenar.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="858"/>
        <source>A tag set named “{0}” exists already: choose another name.</source>
        <translation>Já existe um conjunto de etiquetas chamado “{0}”: escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="875"/>
        <source>Saved. Filing your photos into the albums of “{0}”: see the status bar.</source>
        <translation>Salvo. Organizando suas fotos nos álbuns de “{0}”: veja a barra de status.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="878"/>
        <source>Saved “{0}”. Apply it to file your photos into its albums.</source>
        <translation>“{0}” salvo. Aplique-o para organizar suas fotos nos álbuns dele.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="895"/>
        <source>Remove tag set</source>
        <translation>Excluir conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="896"/>
        <source>Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.</source>
        <translation>Excluir “{0}” e os álbuns dele? Suas confirmações e rejeições neles também serão excluídas. Suas fotos continuam onde estão.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="903"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” excluído.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="919"/>
        <source>Add built-in set</source>
        <translation>Adicionar conjunto predefinido</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="919"/>
        <source>Replace your tag set “{0}” with the built-in one?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo predefinido?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="924"/>
        <source>Added “{0}”. Preview it, adjust it, then apply it.</source>
        <translation>“{0}” adicionado. Veja a prévia, ajuste-o e depois aplique-o.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="930"/>
        <location filename="../../gui/tagsets_dialog.py" line="946"/>
        <source>Import a tag set</source>
        <translation>Importar um conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="930"/>
        <source>Tag sets (*.toml *.json)</source>
        <translation>Conjuntos de etiquetas (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="938"/>
        <source>Cannot import {0}</source>
        <translation>Não é possível importar {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="946"/>
        <source>Replace your tag set “{0}” with the one in the file?</source>
        <translation>Substituir seu conjunto de etiquetas “{0}” pelo do arquivo?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="951"/>
        <source>Imported “{0}”. Preview it, then apply it.</source>
        <translation>“{0}” importado. Veja a prévia e depois aplique-o.</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="972"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="972"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="974"/>
        <source>Export the tag set</source>
        <translation>Exportar o conjunto de etiquetas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="987"/>
        <source>Exported to {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="995"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="996"/>
        <source>Discard your changes to “{0}”?</source>
        <translation>Descartar suas alterações em “{0}”?</translation>
    </message>
    <message>
        <location filename="../../gui/tagsets_dialog.py" line="996"/>
        <source>the new set</source>
        <translation>o novo conjunto</translation>
    </message>
</context>
</TS>
