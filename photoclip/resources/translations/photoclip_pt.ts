<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="210"/>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="102"/>
        <source>Welcome to photoclip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="105"/>
        <source>photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="113"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="122"/>
        <source>Multilingual: understands queries in Spanish, Portuguese and 100+ languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="124"/>
        <source>English (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="132"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="137"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../gui/dialogs.py" line="68"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="69"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="89"/>
        <source>Choose a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="114"/>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>Describe a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Tag sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Sets of tags that file your photos into albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="219"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <location filename="../../gui/main_window.py" line="791"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>Update library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307"/>
        <source>All folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>{0} (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="371"/>
        <source>{0} (out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>{0} photos; threshold {1:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="389"/>
        <source>{0} confirmed and {1} rejected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Add a tag set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Tag sets file your photos into albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="415"/>
        <source>Search in “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="525"/>
        <source>No photos yet. Add a folder to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="525"/>
        <source>No photos match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="542"/>
        <source>Album “{0}”: {1} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="543"/>
        <source>No photos in “{0}” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="571"/>
        <source>Best matches for “{1}” in “{2}” ({0} photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="574"/>
        <source>Best matches for “{1}” ({0} photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>No photos match “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="588"/>
        <source>Finding similar photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="596"/>
        <source>{0} similar photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="597"/>
        <source>No similar photos found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="640"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="649"/>
        <source>Confirmed: this photo is in “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="651"/>
        <source>Rejected: this photo is not in “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>“{0}” decides for this photo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="655"/>
        <source>{0}; the album&apos;s threshold moved, so the library is filed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="706"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="780"/>
        <source>Picked up {0} changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="791"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="797"/>
        <source>Indexing paused (on battery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="797"/>
        <source>Indexing paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="807"/>
        <source>Looking for new photos… {0} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="809"/>
        <source>Loading the model for {0} photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="813"/>
        <source>, {0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="815"/>
        <source>Indexing {0} of {1} ({2:.1f} photos/s{3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>Indexing cancelled: {0} photos indexed, the rest continues next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="823"/>
        <source>Indexed {0} new photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="826"/>
        <source>Library is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="845"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="850"/>
        <source>{0} unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="867"/>
        <source>Choose a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="874"/>
        <source>This library is open read-only: folders cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="925"/>
        <source>photoclip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="930"/>
        <source>photoclip hit an internal error. Please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../../gui/dialogs.py" line="53"/>
        <source>already downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="55"/>
        <source>{0:.1f} GB download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="57"/>
        <source>{0:.0f} MB download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="276"/>
        <source>Downloading {0} ({1:.0f} MB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="276"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="278"/>
        <source>Downloading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="286"/>
        <source>Downloading {0}: {1:.0f} of {2:.0f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="303"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="304"/>
        <source>photoclip could not download the model: this computer seems to be offline.

You can import a weights file downloaded on another computer (for {0}: the file {1} from {2}).

Import a weights file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="313"/>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="320"/>
        <source>Import model weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="320"/>
        <source>Model weights (*.safetensors *.bin *.pt *.pth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="328"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="83"/>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="102"/>
        <source>Put this photo in another album by hand (a confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="103"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="117"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="127"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="147"/>
        <source>This photo is in no album.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="150"/>
        <source>No albums yet: create tag sets with “Tag sets…” to file photos into albums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="153"/>
        <source>This library is open read-only: albums cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../gui/photo_view.py" line="56"/>
        <location filename="../../gui/photo_view.py" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="69"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="70"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="71"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="72"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="73"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="75"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="76"/>
        <source>Find similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="77"/>
        <source>Open with default app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="78"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="117"/>
        <source>(file date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/photo_view.py" line="126"/>
        <source>Cannot show this photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="153"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="160"/>
        <source> (tests only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="165"/>
        <source>Automatic (GPU if available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="171"/>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="179"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="180"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="181"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="182"/>
        <source>Thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="187"/>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRow</name>
    <message>
        <location filename="../../gui/tags_panel.py" line="44"/>
        <source> · score {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="46"/>
        <source>Confirmed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="48"/>
        <source>Rejected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="50"/>
        <source>Filed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="53"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="54"/>
        <source>This photo belongs in this album: no later run takes it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="55"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="56"/>
        <source>This photo does not belong in this album: no later run puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="57"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tags_panel.py" line="58"/>
        <source>Forget your choice: the tag set decides again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/app.py" line="110"/>
        <source>Read-only: another photoclip is indexing this library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
