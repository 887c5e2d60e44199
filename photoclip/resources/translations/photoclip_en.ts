<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlbumActions</name>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="75"/>
        <source>Album “{0}” made with %Ln photos</source>
        <translation>
            <numerusform>Album “{0}” made with %Ln photo</numerusform>
            <numerusform>Album “{0}” made with %Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="92"/>
        <source>Delete the album “{0}”? Its %Ln photos stay in your library and in their folders.</source>
        <translation>
            <numerusform>Delete the album “{0}”? Its %Ln photo stays in your library and in its folder.</numerusform>
            <numerusform>Delete the album “{0}”? Its %Ln photos stay in your library and in their folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="107"/>
        <source>%Ln photos added to “{0}”</source>
        <translation>
            <numerusform>%Ln photo added to “{0}”</numerusform>
            <numerusform>%Ln photos added to “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="116"/>
        <source>%Ln photos taken out of “{0}”</source>
        <translation>
            <numerusform>%Ln photo taken out of “{0}”</numerusform>
            <numerusform>%Ln photos taken out of “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="123"/>
        <source>%Ln photos added to Favourites</source>
        <translation>
            <numerusform>%Ln photo added to Favourites</numerusform>
            <numerusform>%Ln photos added to Favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/user_albums.py" line="125"/>
        <source>%Ln photos taken out of Favourites</source>
        <translation>
            <numerusform>%Ln photo taken out of Favourites</numerusform>
            <numerusform>%Ln photos taken out of Favourites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionsWidget</name>
    <message numerus="yes">
        <location filename="../../gui/captions_widget.py" line="227"/>
        <source>%Ln captions saved</source>
        <translation>
            <numerusform>%Ln caption saved</numerusform>
            <numerusform>%Ln captions saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="439"/>
        <source>Show %Ln more groups</source>
        <translation>
            <numerusform>Show %Ln more group</numerusform>
            <numerusform>Show %Ln more groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="474"/>
        <source>No duplicates among %Ln photos at this likeness.</source>
        <translation>
            <numerusform>No duplicates in %Ln photo at this likeness.</numerusform>
            <numerusform>No duplicates among %Ln photos at this likeness.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="480"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="481"/>
        <location filename="../../gui/duplicates_view.py" line="483"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="520"/>
        <source>Move %Ln photos ({0}) to photoclip&apos;s trash folder?</source>
        <translation>
            <numerusform>Move %Ln photo ({0}) to photoclip&apos;s trash folder?</numerusform>
            <numerusform>Move %Ln photos ({0}) to photoclip&apos;s trash folder?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="527"/>
        <source>Move %Ln photos</source>
        <translation>
            <numerusform>Move %Ln photo</numerusform>
            <numerusform>Move %Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="539"/>
        <source>Moving %Ln photos…</source>
        <translation>
            <numerusform>Moving %Ln photo…</numerusform>
            <numerusform>Moving %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="550"/>
        <source>Moved %Ln photos to photoclip&apos;s trash folder; Undo puts them back.</source>
        <translation>
            <numerusform>Moved %Ln photo to photoclip&apos;s trash folder; Undo puts it back.</numerusform>
            <numerusform>Moved %Ln photos to photoclip&apos;s trash folder; Undo puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="576"/>
        <source>Put back %Ln photos.</source>
        <translation>
            <numerusform>Put back %Ln photo.</numerusform>
            <numerusform>Put back %Ln photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="595"/>
        <source>%Ln files are gone (moved or deleted outside photoclip)</source>
        <translation>
            <numerusform>%Ln file is gone (moved or deleted outside photoclip)</numerusform>
            <numerusform>%Ln files are gone (moved or deleted outside photoclip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="597"/>
        <source>%Ln files are in folders photoclip may not change (read-only)</source>
        <translation>
            <numerusform>%Ln file is in a folder photoclip may not change (read-only)</numerusform>
            <numerusform>%Ln files are in folders photoclip may not change (read-only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="599"/>
        <source>%Ln files changed since they were compared</source>
        <translation>
            <numerusform>%Ln file changed since it was compared</numerusform>
            <numerusform>%Ln files changed since they were compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="601"/>
        <source>%Ln places are taken by another file now (the copies stay in the trash folder)</source>
        <translation>
            <numerusform>%Ln place is taken by another file now (the copy stays in the trash folder)</numerusform>
            <numerusform>%Ln places are taken by another file now (the copies stay in the trash folder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="603"/>
        <source>%Ln files could not be read or moved</source>
        <translation>
            <numerusform>%Ln file could not be read or moved</numerusform>
            <numerusform>%Ln files could not be read or moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message numerus="yes">
        <location filename="../../gui/explore_view.py" line="542"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/explore_view.py" line="591"/>
        <source>%Ln photos from the map (Esc goes back to all photos)</source>
        <translation>
            <numerusform>%Ln photo from the map (Esc goes back to all photos)</numerusform>
            <numerusform>%Ln photos from the map (Esc goes back to all photos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="85"/>
        <source>%Ln photos selected</source>
        <translation>
            <numerusform>%Ln photo selected</numerusform>
            <numerusform>%Ln photos selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="137"/>
        <source>Copy %Ln photos to a folder…</source>
        <translation>
            <numerusform>Copy %Ln photo to a folder…</numerusform>
            <numerusform>Copy %Ln photos to a folder…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="221"/>
        <source>Copied %Ln photos to {0}</source>
        <translation>
            <numerusform>Copied %Ln photo to {0}</numerusform>
            <numerusform>Copied %Ln photos to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="223"/>
        <source>%Ln could not be copied</source>
        <translation>
            <numerusform>%Ln could not be copied</numerusform>
            <numerusform>%Ln could not be copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="238"/>
        <source>Confirmed %Ln photos in “{0}”</source>
        <translation>
            <numerusform>Confirmed %Ln photo in “{0}”</numerusform>
            <numerusform>Confirmed %Ln photos in “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/grid_actions.py" line="240"/>
        <source>Rejected %Ln photos from “{0}”</source>
        <translation>
            <numerusform>Rejected %Ln photo from “{0}”</numerusform>
            <numerusform>Rejected %Ln photos from “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message numerus="yes">
        <location filename="../../gui/duplicates_view.py" line="140"/>
        <source>Group {0}: {1}, %Ln photos, {2} to free</source>
        <translation>
            <numerusform>Group {0}: {1}, %Ln photo, {2} to free</numerusform>
            <numerusform>Group {0}: {1}, %Ln photos, {2} to free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="223"/>
        <source>{0}: threshold {1:.3f}; %Ln of these {2} photos would be filed here</source>
        <translation>
            <numerusform>{0}: threshold {1:.3f}; %Ln of these {2} photos would be filed here</numerusform>
            <numerusform>{0}: threshold {1:.3f}; %Ln of these {2} photos would be filed here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="88"/>
        <source>Looking for new photos… %Ln files</source>
        <translation>
            <numerusform>Looking for new photos… %Ln file</numerusform>
            <numerusform>Looking for new photos… %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="90"/>
        <source>Loading the model for %Ln photos…</source>
        <translation>
            <numerusform>Loading the model for %Ln photo…</numerusform>
            <numerusform>Loading the model for %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="123"/>
        <source>Indexing cancelled: %Ln photos indexed, the rest continues next time</source>
        <translation>
            <numerusform>Indexing cancelled: %Ln photo indexed, the rest continues next time</numerusform>
            <numerusform>Indexing cancelled: %Ln photos indexed, the rest continues next time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="125"/>
        <source>Indexed %Ln new photos</source>
        <translation>
            <numerusform>Indexed %Ln new photo</numerusform>
            <numerusform>Indexed %Ln new photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/status_bar.py" line="147"/>
        <source>%Ln unreadable files</source>
        <translation>
            <numerusform>%Ln unreadable file</numerusform>
            <numerusform>%Ln unreadable files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="493"/>
        <source>Album “{0}”: %Ln photos</source>
        <translation>
            <numerusform>Album “{0}”: %Ln photo</numerusform>
            <numerusform>Album “{0}”: %Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="592"/>
        <source>Picked up %Ln changed files</source>
        <translation>
            <numerusform>Picked up %Ln changed file</numerusform>
            <numerusform>Picked up %Ln changed files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalizeDialog</name>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <location filename="../../gui/personalize_dialog.py" line="621"/>
        <source>%Ln captions</source>
        <translation>
            <numerusform>%Ln caption</numerusform>
            <numerusform>%Ln captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="434"/>
        <location filename="../../gui/personalize_dialog.py" line="516"/>
        <location filename="../../gui/personalize_dialog.py" line="622"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="437"/>
        <source>Training needs captions on at least %Ln indexed photos: add them in the photo view or import a CSV file.</source>
        <translation>
            <numerusform>Training needs captions on at least %Ln indexed photo: add them in the photo view or import a CSV file.</numerusform>
            <numerusform>Training needs captions on at least %Ln indexed photos: add them in the photo view or import a CSV file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="447"/>
        <source>{0} · trained {1} on %Ln captions</source>
        <translation>
            <numerusform>{0} · trained {1} on %Ln caption</numerusform>
            <numerusform>{0} · trained {1} on %Ln captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="515"/>
        <source>%Ln captions added</source>
        <translation>
            <numerusform>%Ln caption added</numerusform>
            <numerusform>%Ln captions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="517"/>
        <source>%Ln were already there</source>
        <translation>
            <numerusform>%Ln was already there</numerusform>
            <numerusform>%Ln were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="574"/>
        <source>Reading your captions: {0} of %Ln new ones encoded</source>
        <translation>
            <numerusform>Reading your captions: {0} of %Ln new one encoded</numerusform>
            <numerusform>Reading your captions: {0} of %Ln new ones encoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="620"/>
        <source>%Ln epochs</source>
        <translation>
            <numerusform>%Ln epoch</numerusform>
            <numerusform>%Ln epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="623"/>
        <source>%Ln photos held out</source>
        <translation>
            <numerusform>%Ln photo held out</numerusform>
            <numerusform>%Ln photos held out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="662"/>
        <source>Your albums are filed again with the new model: %Ln photos change album, and these albums would be left empty: {0}.</source>
        <translation>
            <numerusform>Your albums are filed again with the new model: %Ln photo changes album, and these albums would be left empty: {0}.</numerusform>
            <numerusform>Your albums are filed again with the new model: %Ln photos change album, and these albums would be left empty: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/personalize_dialog.py" line="679"/>
        <source>%Ln photos change album.</source>
        <translation>
            <numerusform>%Ln photo changes album.</numerusform>
            <numerusform>%Ln photos change album.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchFlow</name>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="248"/>
        <source>%Ln similar photos</source>
        <translation>
            <numerusform>%Ln similar photo</numerusform>
            <numerusform>%Ln similar photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="252"/>
        <source>Best matches for “{0}” in “{1}” (%Ln photos)</source>
        <translation>
            <numerusform>Best matches for “{0}” in “{1}” (%Ln photo)</numerusform>
            <numerusform>Best matches for “{0}” in “{1}” (%Ln photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="254"/>
        <source>Best matches for “{0}” (%Ln photos)</source>
        <translation>
            <numerusform>Best matches for “{0}” (%Ln photo)</numerusform>
            <numerusform>Best matches for “{0}” (%Ln photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="256"/>
        <source>; %Ln photos are not indexed yet</source>
        <translation>
            <numerusform>; %Ln photo is not indexed yet</numerusform>
            <numerusform>; %Ln photos are not indexed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/search_flow.py" line="268"/>
        <source>Show %Ln more (less alike)</source>
        <translation>
            <numerusform>Show %Ln more (less alike)</numerusform>
            <numerusform>Show %Ln more (less alike)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWarmth</name>
    <message numerus="yes">
        <location filename="../../gui/search_warmth.py" line="85"/>
        <source>Loading the model (%Ln s)…</source>
        <translation>
            <numerusform>Loading the model (%Ln s)…</numerusform>
            <numerusform>Loading the model (%Ln s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="256"/>
        <source>{0} › {1}: %Ln photos; threshold {2:.2f}</source>
        <translation>
            <numerusform>{0} › {1}: %Ln photo; threshold {2:.2f}</numerusform>
            <numerusform>{0} › {1}: %Ln photos; threshold {2:.2f}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="264"/>
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln confirmed</numerusform>
            <numerusform>%Ln confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="264"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="269"/>
        <source>%Ln empty albums hidden</source>
        <translation>
            <numerusform>%Ln empty album hidden</numerusform>
            <numerusform>%Ln empty albums hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSetPreview</name>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="427"/>
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagset_preview.py" line="427"/>
        <source>%Ln photos get none</source>
        <translation>
            <numerusform>%Ln photo gets none</numerusform>
            <numerusform>%Ln photos get none</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSetsDialog</name>
    <message numerus="yes">
        <location filename="../../gui/tagsets_dialog.py" line="109"/>
        <source>{0} (%Ln tags)</source>
        <translation>
            <numerusform>{0} (%Ln tag)</numerusform>
            <numerusform>{0} (%Ln tags)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tagsets_dialog.py" line="202"/>
        <source>{0}
%Ln tags, {1}</source>
        <translation>
            <numerusform>{0}
%Ln tag, {1}</numerusform>
            <numerusform>{0}
%Ln tags, {1}</numerusform>
        </translation>
    </message>
</context>
</TS>
