"""The core's messages in the UI language: errors, hints, warnings and the reasons files could not be read.

The core speaks stable English (it has no Qt, and the CLI prints it as is),
and much of what it says reaches the GUI as text only: a job's error travels
in a service event, a file's reason is stored in the catalog and read back on
the next start. So the GUI translates at the point where it shows such text,
by recognising the core's own sentences: each entry of :data:`TEMPLATES` is
the exact English the core writes, with ``{0}``, ``{1}`` ... where the core
puts a path, a name or another message. :func:`core_text` matches a line
against them, translates the template, and puts the pieces back, themselves
translated when they are core sentences too (``"X cannot be read: truncated
file."``) and with decimal numbers in the UI's locale. A line nothing matches
(an exception's own words, a command to type) is shown as it came.

A message is a sentence per line: ``str(PhotoclipError)`` is its message, a
newline and its hint; each line is translated on its own.

Adding a message to the core? Add its template here (``tests/gui/
test_translations.py`` checks a sample of real core messages), run
``packaging/translations.py`` and translate it.
"""

from __future__ import annotations

import re
from string import Formatter
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from photoclip.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CoreMessages"

# Comments starting with "#:" reach the translators. Keep each source exactly
# as the core writes it (a literal "{}" is written "{{}}").
TEMPLATES: tuple[str, ...] = (
    # ---- why a file could not be read (core/imaging.py, indexing/scanner.py, indexing/pipeline.py, thumbnails.py)
    #: {0}x{1}: width x height in pixels; {2}: the limit in megapixels
    QT_TRANSLATE_NOOP("CoreMessages", "too large: {0}x{1} pixels exceeds the {2} MP limit"),
    #: {0}: the photo's megapixels; {1}: the decoder's limit in megapixels
    QT_TRANSLATE_NOOP("CoreMessages", "too large: {0} MP exceeds the {1} MP decoder limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "too large for the decoder's safety limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "file vanished"),
    QT_TRANSLATE_NOOP("CoreMessages", "file vanished (deleted during the scan, or a broken link)"),
    QT_TRANSLATE_NOOP("CoreMessages", "is a directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a regular file"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty file"),
    QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "symlink loop"),
    QT_TRANSLATE_NOOP("CoreMessages", "HEIC/HEIF support not installed (pillow-heif)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not an image (unrecognised data)"),
    QT_TRANSLATE_NOOP("CoreMessages", "out of memory while decoding"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated file"),
    #: {0}: the operating system's description of the error
    QT_TRANSLATE_NOOP("CoreMessages", "read error: {0}"),
    #: {0}: the decoder's own words
    QT_TRANSLATE_NOOP("CoreMessages", "corrupt image data ({0})"),
    QT_TRANSLATE_NOOP("CoreMessages", "bad header"),
    #: {0}: the decoder's error
    QT_TRANSLATE_NOOP("CoreMessages", "cannot decode ({0})"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write thumbnail: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "file name is not valid UTF-8 (rename the file to index it)"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown error"),
    # ---- the operating system's words for common errors (strerror)
    QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "Permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "Operation not permitted"),
    QT_TRANSLATE_NOOP("CoreMessages", "No space left on device"),
    QT_TRANSLATE_NOOP("CoreMessages", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("CoreMessages", "Input/output error"),
    QT_TRANSLATE_NOOP("CoreMessages", "Read-only file system"),
    QT_TRANSLATE_NOOP("CoreMessages", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("CoreMessages", "File name too long"),
    QT_TRANSLATE_NOOP("CoreMessages", "Is a directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "Device or resource busy"),
    # ---- the library and its catalog (core/library.py, storage/, indexing/service.py, indexing/watcher.py)
    QT_TRANSLATE_NOOP("CoreMessages", "There is no library at {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Add a folder first: `photoclip folders add DIR`."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the path of an existing folder of photos."),
    #: {0}: the folder being added; {1}: a folder of the library that holds it
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is already inside the library folder {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a library folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "See `photoclip folders list`."),
    QT_TRANSLATE_NOOP("CoreMessages", "The search text is empty."),
    QT_TRANSLATE_NOOP("CoreMessages", 'Describe a photo, e.g. photoclip search "a dog on a beach".'),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a file."),
    #: {0}: a file; {1}: why (a reason such as "truncated file", or the system's error)
    QT_TRANSLATE_NOOP("CoreMessages", "{0} cannot be read: {1}."),
    # ---- a search's syntax (core/query.py)
    QT_TRANSLATE_NOOP("CoreMessages", "A quote in the search is not closed."),
    QT_TRANSLATE_NOOP("CoreMessages", 'Close it, e.g. "salt + pepper".'),
    #: {0}: the sign, + or -
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing follows a “{0}” in the search."),
    QT_TRANSLATE_NOOP("CoreMessages", "Put a description or a photo after each + or -, e.g. dog + beach - night."),
    #: {0}: the number typed before a colon
    QT_TRANSLATE_NOOP("CoreMessages", "The weight {0} is not above zero."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use a weight such as 2: or 0.5:, or a - sign to subtract a term."),
    QT_TRANSLATE_NOOP("CoreMessages", "The search only says what to leave out."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say what to look for too, e.g. beach - people."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the path of the photo in the search."),
    #: {0}: a photo id
    QT_TRANSLATE_NOOP("CoreMessages", "Photo {0} has not been indexed yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "Run `photoclip index`."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library at {0} is already open for writing in another photoclip process."),
    #: {1}: a process id
    QT_TRANSLATE_NOOP("CoreMessages", "The library at {0} is already open for writing in another photoclip process (pid {1})."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only one process can change a library at a time. Stop the other one (for example a running `photoclip watch`) and try again; `photoclip search`, `similar` and `status` still work meanwhile.",
    ),
    #: {0}: the catalog file; {1}: SQLite's error
    QT_TRANSLATE_NOOP("CoreMessages", "The library catalog {0} is damaged ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library catalog {0} cannot be read: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library catalog {0} cannot be read or written ({1})."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The disk is full: the library catalog {0} cannot grow. The change in progress was not stored; everything before it is kept.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Free some disk space and run the command again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the disk (full, unplugged or failing?) and run the command again."),
    #: {1}: the catalog's schema version; {2}: the newest this photoclip knows
    QT_TRANSLATE_NOOP("CoreMessages", "The catalog {0} was written by a newer photoclip (schema {1}, this one knows {2})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Upgrade photoclip, or point --home at another library."),
    QT_TRANSLATE_NOOP("CoreMessages", "The catalog {0} could not be backed up before upgrading it: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Free some disk space and run the command again; the catalog was not changed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A backup made before the last upgrade is at {0}. Move the damaged file aside and copy the backup in its place.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Move {0} aside and run `photoclip index` to build a new catalog (photos are re-scanned)."),
    #: {0}: a model name; {1} and {2}: numbers of dimensions
    QT_TRANSLATE_NOOP("CoreMessages", "Stored vectors for {0} have {1} dimensions, expected {2}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The search index {0} cannot be saved: {1}."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Free some disk space. Nothing is lost: the index is brought up to date from the catalog when it is next opened.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The indexing service needs a library opened for writing."),
    #: {0}: a folder; {1}: the system's error
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot watch {0} for changes ({1}); it is still rescanned every few minutes."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot watch {0} for changes ({1}); it is still rescanned every few minutes. On Linux, raise fs.inotify.max_user_watches.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The settings file {0} cannot be read: {1}."),
    #: {0}: a folder the user chose to copy photos to; {1}: the operating system's reason
    QT_TRANSLATE_NOOP("CoreMessages", "The folder {0} cannot be created: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Fix or delete it to use the defaults."),
    QT_TRANSLATE_NOOP("CoreMessages", "The settings file {0} does not hold a JSON object."),
    QT_TRANSLATE_NOOP("CoreMessages", "Fix or delete it."),
    # ---- models (core/models/: registry, download, checkpoints, loader, embedder)
    #: {0}: a file name
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{0} is a TorchScript model (such as OpenAI's original ViT-B-32.pt), which photoclip does not import: it holds program code, not only weights.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Use the model's open_clip weights instead; for OpenAI's ViT-B-32 that is open_clip_model.safetensors of timm/vit_base_patch32_clip_224.openai on the Hugging Face hub, imported with the architecture ViT-B-32-quickgelu.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is a Hugging Face transformers CLIP checkpoint, not an open_clip one: photoclip cannot use this format."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Take the open_clip file from the same Hugging Face repository instead (open_clip_model.safetensors or open_clip_pytorch_model.bin).",
    ),
    #: {0}: a file name; {1}: an architecture
    QT_TRANSLATE_NOOP("CoreMessages", "Check the architecture: is {0} really a {1} checkpoint?"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is a plain weights file, so photoclip needs to be told its open_clip architecture (such as ViT-B-32)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the architecture, or import a model archive instead (exported by photoclip): it carries it."),
    #: {1}: the accepted file name endings
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot import {0}: expected an open_clip checkpoint ({1}) or a photoclip model archive."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} was made by a newer photoclip (archive format {1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Update photoclip on this machine, or export the model with this version."),
    #: {1}: what is wrong, in the words of the program that read it
    QT_TRANSLATE_NOOP("CoreMessages", "The model archive {0} is damaged ({1})."),
    #: {1}: another message
    QT_TRANSLATE_NOOP("CoreMessages", "The model archive {0} is damaged: {1}"),
    #: {1}: a file inside the archive
    QT_TRANSLATE_NOOP("CoreMessages", "The model archive {0} is damaged: {1} does not match its checksum."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model archive {0} is damaged (it lacks {1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model archive {0} lacks the text encoder files of {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Export the model again and copy the archive once more."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive {0} holds other weights than the built-in model {1} (architecture {2}, sha256 {3})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import it under another name."),
    #: {0}: a web address; {1}: what it lacks (translated on its own)
    QT_TRANSLATE_NOOP("CoreMessages", "The hub at {0} has no {1}."),
    #: {0}: a commit; {1}: a repository
    QT_TRANSLATE_NOOP("CoreMessages", "revision {0} of {1}"),
    #: {0}: a file; {1}: a commit; {2}: a repository
    QT_TRANSLATE_NOOP("CoreMessages", "{0} at revision {1} of {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the repository {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A mirror may lack it: check HF_ENDPOINT, or set up the model from a file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} does not answer like a Hugging Face hub (no commit or ETag for {1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "HF_ENDPOINT must be the address of a Hugging Face hub or mirror."),
    #: {1}: an HTTP status code
    QT_TRANSLATE_NOOP("CoreMessages", "Downloading {0} failed: HTTP {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Downloading {0} from {1} failed: HTTP {2}."),
    #: {1}, {2}: megabytes
    QT_TRANSLATE_NOOP("CoreMessages", "The download of {0} broke off after {1} of {2} MB."),
    QT_TRANSLATE_NOOP("CoreMessages", "Run it again: the download resumes where it stopped."),
    #: {0}: a file; {1}: a folder
    QT_TRANSLATE_NOOP("CoreMessages", "Not enough disk space for {0} in {1}: {2} MB are needed, {3} MB are free."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not enough disk space for {0} in {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Free some space on that disk (or move the Hugging Face cache with HF_HOME) and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model {0} needs the Python package {1} for its text encoder (architecture {2}), and it is not installed."),
    QT_TRANSLATE_NOOP("CoreMessages", "photoclip depends on it: install photoclip again (with pip) in this environment to get it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Download them again, or import them."),
    QT_TRANSLATE_NOOP("CoreMessages", "The text encoder files of model {0} are missing."),
    QT_TRANSLATE_NOOP("CoreMessages", "Download the model again, or import it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The files of imported model {0} are missing from {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import the model again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model {0} is not on this machine yet, and downloads are off (HF_HUB_OFFLINE is set)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model {0} is not on this machine yet."),
    #: {0}: a folder
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "To set it up without a network, export it to a file on a machine that has it and import that file here, or copy a Hugging Face cache that holds it to {0}.",
    ),
    #: {2}: why (translated on its own)
    QT_TRANSLATE_NOOP("CoreMessages", "The downloaded file {0} of model {1} is corrupt and was deleted: {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The downloaded file {0} of model {1} is corrupt and was deleted: it does not match the checksum the server announced."),
    QT_TRANSLATE_NOOP("CoreMessages", "Try again; if it keeps failing, check HF_ENDPOINT ({0})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Try again; if it keeps failing, the server (HF_ENDPOINT: {0}) serves another file than the one pinned."),
    #: {2}, {3}: checksums
    QT_TRANSLATE_NOOP("CoreMessages", "The weights file {0} of model {1} is not the one pinned for it (its sha256 is {2}, not {3})."),
    #: {0}: the file's path
    QT_TRANSLATE_NOOP("CoreMessages", "photoclip does not use it ({0}): delete it and download the model again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The weights file {0} of model {1} is not the one this library verified first for it (its sha256 is {2}, not {3}); embeddings made with other weights would not mix.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "photoclip does not use it ({0}): delete it, or import it as a model of another name."),
    QT_TRANSLATE_NOOP("CoreMessages", "its sha256 is {0}, not {1} as the server announced"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The {0} architecture needs a text encoder's files (config and tokenizer), and photoclip does not know where they come from.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Import a model archive instead (exported by photoclip): it carries them."),
    QT_TRANSLATE_NOOP("CoreMessages", "The {0} architecture also needs its text encoder's files (config and tokenizer), and they are not on this machine."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import a model archive instead (exported by photoclip on a machine that has the model): it carries them."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model registry {0} cannot be read: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the {0} environment variable."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown model {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Known models: {0}."),
    #: {1}: the expected weights file
    QT_TRANSLATE_NOOP("CoreMessages", "The weights of model {0} are missing ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Model {0} has no weights file name in the registry."),
    #: {1}: the download server; {2}: why it cannot be reached
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot download model {0}: {1} is unreachable ({2})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the address (HF_ENDPOINT is {0}) or try again later."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot download {0}: {1}."),
    #: {0}: the model; {1}: its architecture; {2}: the weights file; {3}: the error
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot load model {0} ({1}) from {2}: {3}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The file may be damaged or for another architecture: delete it and download or import it again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "No such file: {0}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Import refused: this file contains pickled code or Python objects other than tensors ({0}), and photoclip never executes code from a weights file.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Get the model's .safetensors (or plain state-dict .bin) file instead, or convert it on a machine where you trust its origin.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a valid safetensors file ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "not a valid safetensors file ({0})"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {0} as a PyTorch checkpoint ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "The file does not contain a state dict (a mapping of names to tensors)."),
    QT_TRANSLATE_NOOP("CoreMessages", "the file holds no tensors"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} holds non-tensor entries ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "it holds no image-tower ('visual.*') weights, so it is not a {0} model"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot build the {0} architecture: {1}"),
    #: {1}: what does not match (missing keys, unexpected keys, wrong sizes)
    QT_TRANSLATE_NOOP("CoreMessages", "The weights do not match the {0} architecture: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The weights do not match the {0} architecture: {1}. Is {2} really a {3} checkpoint?"),
    #: {0}: names of weights
    QT_TRANSLATE_NOOP("CoreMessages", "missing keys: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unexpected keys: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "wrong sizes: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The list of imported models ({0}) is damaged: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Delete it and import the models again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid model name {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use letters, digits, '.', '_' and '-' (at most 64 characters)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name {0} is already used by a built-in model."),
    QT_TRANSLATE_NOOP("CoreMessages", "The name {0} is already used by an imported model."),
    #: {0}: a device name such as cuda
    QT_TRANSLATE_NOOP("CoreMessages", "--device {0} was asked for, but no CUDA GPU is available."),
    QT_TRANSLATE_NOOP("CoreMessages", "--device mps was asked for, but Apple MPS is not available."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use --device cpu."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown device {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use auto, cpu, cuda or mps."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown precision {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use auto, fp32 or bf16."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown open_clip architecture {0}."),
    #: {0}: architectures; {1}: how many there are. Keep the command in backquotes as it is
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        'Did you mean one of: {0}? (`python -c "import open_clip; print(open_clip.list_models())"` lists all {1}.)',
    ),
    # ---- personalisation (core/personalize/, library.py)
    QT_TRANSLATE_NOOP("CoreMessages", "The model {0} cannot be personalised: its projection heads are not plain matrices."),
    QT_TRANSLATE_NOOP("CoreMessages", "Personalise an OpenCLIP ViT model such as vit-b-32."),
    QT_TRANSLATE_NOOP("CoreMessages", "The model {0} cannot be personalised."),
    QT_TRANSLATE_NOOP("CoreMessages", "Photos are still being embedded with {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Run `photoclip index` to finish the model switch, then personalise."),
    #: {0}: the held-out recall before and after (translated on its own)
    QT_TRANSLATE_NOOP("CoreMessages", "Not applied: the trained heads do not improve held-out recall ({0})."),
    QT_TRANSLATE_NOOP("CoreMessages", "held-out recall before: {0}; after: {1}"),
    #: Recall at 1, 5 and 10 as percentages; only the numbers' format may need to change
    QT_TRANSLATE_NOOP("CoreMessages", "R@1 {0}%  R@5 {1}%  R@10 {2}%"),
    QT_TRANSLATE_NOOP("CoreMessages", "Add more captions, or captions that describe what you search for, and train again."),
    #: {0}: the model the result was trained for; {1}: the model searches use
    QT_TRANSLATE_NOOP("CoreMessages", "This result personalises {0}, but searches use {1}."),
    #: {2} and {3}: numbers of dimensions
    QT_TRANSLATE_NOOP("CoreMessages", "The profile {0} does not fit {1} ({2} != {3} dimensions)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Personalisation needs captions on at least {0} indexed photos; {1} have them."),
    QT_TRANSLATE_NOOP("CoreMessages", "Add captions (photoclip captions import FILE.csv) and index the photos first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Personalisation needs captioned photos both to train on and to hold out."),
    #: {0}: a profile name; {1}: a model
    QT_TRANSLATE_NOOP("CoreMessages", "There is no personalisation profile {0} for {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Saved profiles: {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The profile file {0} cannot be read: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Delete it and train again."),
    # ---- captions CSV files (core/captions.py)
    QT_TRANSLATE_NOOP("CoreMessages", "{0} does not exist."),
    #: {1}: the decoder's words
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not UTF-8 text ({1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "Save it as UTF-8 CSV."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a readable CSV file: {1}."),
    #: {0}: a number of columns
    QT_TRANSLATE_NOOP(
        "CoreMessages", "expected 2 columns (path,caption), found {0} (quote captions that contain commas)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the photo path is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "the caption is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "no such photo: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "photo not in the library: {0} (add its folder and run `photoclip index`)"),
    QT_TRANSLATE_NOOP("CoreMessages", "photo was removed from the library: {0}"),
    # ---- tag sets and their files (core/tagsets/)
    #: {0}: a file; {1}: a line number; {2}: what is wrong
    QT_TRANSLATE_NOOP("CoreMessages", "{0}, line {1}: {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Fix the file and import it again (see `photoclip tags export` for a valid example)."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is neither a .toml nor a .json file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tag sets are TOML or JSON files."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {0}: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write {0}: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is not UTF-8 text"),
    #: {0}: the TOML reader's own words
    QT_TRANSLATE_NOOP("CoreMessages", "not valid TOML: {0}"),
    #: {0}: the JSON reader's own words; {1}: a column number
    QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON: {0} (column {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "nested too deeply to be a tag set (arrays or tables inside each other thousands of times)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file must hold a table (TOML) or an object (JSON) at the top"),
    #: {0}: a key of the file; {1}: the keys it may have
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key {0} (known keys: {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown key {0} (a tag knows: {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing key {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing key 'tags' (the list of tags)"),
    #: {0}: a character
    QT_TRANSLATE_NOOP("CoreMessages", "a set name cannot contain {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a label cannot contain {0}"),
    #: "exclusive" and "multi" are words of the file: keep them in English
    QT_TRANSLATE_NOOP("CoreMessages", 'mode must be "exclusive" or "multi", not {0}'),
    QT_TRANSLATE_NOOP("CoreMessages", "'tags' must be a non-empty list"),
    QT_TRANSLATE_NOOP("CoreMessages", "too many tags ({0}; at most {1})"),
    #: mode = "multi" is a line of the file: keep it in English
    QT_TRANSLATE_NOOP("CoreMessages", 'an exclusive set needs at least 2 tags (use mode = "multi" for one)'),
    QT_TRANSLATE_NOOP("CoreMessages", "a tag must be a label (a string) or a table with 'label'"),
    #: {0}: a label; {1}: the number of the tag that has it
    QT_TRANSLATE_NOOP("CoreMessages", "the label {0} is already used by tags[{1}]"),
    QT_TRANSLATE_NOOP("CoreMessages", "'prompts' must be a list of non-empty strings"),
    QT_TRANSLATE_NOOP("CoreMessages", "at most {0} prompts of at most {1} characters"),
    #: {0}: a key of the file, such as 'label'
    QT_TRANSLATE_NOOP("CoreMessages", "{0} must be a non-empty string"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is too long (at most {1} characters)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} must be a number, not {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} must be between {1} and {2}, not {3}"),
    QT_TRANSLATE_NOOP("CoreMessages", "'templates' must be a name or a non-empty list of texts"),
    #: {{}} is the place where a template puts the label: keep it as it is
    QT_TRANSLATE_NOOP("CoreMessages", "unknown template set {0} (use {1} or a list of texts with {{}})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the template {0} has no {{}} where the label goes"),
    QT_TRANSLATE_NOOP("CoreMessages", "at most {0} templates"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no tag set named {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "See `photoclip tags list`."),
    QT_TRANSLATE_NOOP("CoreMessages", "A tag set named {0} exists already."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another name, or replace it."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no built-in tag set {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Built-in sets: {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no tag {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "See `photoclip tags list`; name a tag as LABEL or SET|LABEL."),
    QT_TRANSLATE_NOOP("CoreMessages", "The tag {0} is in several sets: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Name it as SET|LABEL."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a photo of this library."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give a path shown by `photoclip tags show` or a photo id."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} has no labelled photos."),
    QT_TRANSLATE_NOOP("CoreMessages", "None of the photos listed in {0} could be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check that they are below {0}."),
    #: {0}: a file; {1}: the CSV reader's words
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {0} as file,categories CSV: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "This library's catalog predates tag sets and is open read-only."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Run any photoclip command that writes (e.g. `photoclip status` while `photoclip watch` is not running) to upgrade it.",
    ),
    # ---- duplicates (core/duplicates/)
    #: {0}: the number the user gave
    QT_TRANSLATE_NOOP("CoreMessages", "The threshold must be above 0 and at most 1, not {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Near copies score close to 1; the default is 0.99."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library is open read-only: nothing can be moved."),
    QT_TRANSLATE_NOOP("CoreMessages", "Stop `photoclip watch` (or the app) and try again."),
    #: {0}: the lowest threshold the search ran at; {1}: the number asked for
    QT_TRANSLATE_NOOP("CoreMessages", "The threshold must be between {0} and 1 to regroup, not {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Find the duplicates again at the lower threshold."),
    # Why a duplicate was not moved or put back (a file's reason, shown in the list of files).
    #: {0}: the operating system's description of the error
    QT_TRANSLATE_NOOP("CoreMessages", "not moved: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not moved: the file changed since it was compared"),
    #: {0}: the operating system's description of the error
    QT_TRANSLATE_NOOP("CoreMessages", "not restored: {0}"),
    #: {0}: where the copy is kept, in the library's holding folder
    QT_TRANSLATE_NOOP("CoreMessages", "not restored: another file is there now (the copy stays at {0})"),
    QT_TRANSLATE_NOOP("CoreMessages", "restored; run `photoclip index` to bring it back into search"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is gone (run `photoclip index` to catch up)"),
    # ---- albums of the user's own (core/albums/)
    QT_TRANSLATE_NOOP("CoreMessages", "That album no longer exists."),
    QT_TRANSLATE_NOOP("CoreMessages", "It was deleted; the photos in it are still in the library."),
    #: {0}: the album name the user typed
    QT_TRANSLATE_NOOP("CoreMessages", "There is no album called {0}."),
    #: {0}: the names of the user's albums, or "none yet"
    QT_TRANSLATE_NOOP("CoreMessages", "Your albums: {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "An album needs a name."),
    #: {0}: a number of characters
    QT_TRANSLATE_NOOP("CoreMessages", "An album name can have at most {0} characters."),
    #: {0}: the album name
    QT_TRANSLATE_NOOP("CoreMessages", "There is already an album called {0}."),
)


class _Template(NamedTuple):
    source: str
    pattern: re.Pattern[str]
    fields: int  # how many distinct placeholders


def _compile(source: str) -> _Template:
    """The template as a regular expression: its text literally, each placeholder as a lazy group."""
    parts: list[str] = []
    seen: set[str] = set()
    for text, field, _spec, _conversion in Formatter().parse(source):
        parts.append(re.escape(text))
        if field is None:
            continue
        parts.append(f"(?P=f{field})" if field in seen else f"(?P<f{field}>.+?)")
        seen.add(field)
    return _Template(source, re.compile("".join(parts)), len(seen))


_COMPILED = [_compile(source) for source in TEMPLATES]
# Sentences without placeholders are looked up; the others are tried longest literal text first,
# so that "Cannot read {0} as a PyTorch checkpoint ({1})." wins over "Cannot read {0}: {1}.".
_EXACT = {t.source.replace("{{", "{").replace("}}", "}"): t.source for t in _COMPILED if t.fields == 0}
_PATTERNS = sorted((t for t in _COMPILED if t.fields), key=lambda t: -sum(len(text) for text, *_ in Formatter().parse(t.source)))
_DECIMAL = re.compile(r"-?\d+\.\d+")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _piece(value: str) -> str:
    """What fills a placeholder: a core sentence translated, a decimal number in the UI's locale, else as it is."""
    if _DECIMAL.fullmatch(value):
        decimals = len(value.split(".")[1])
        return QLocale().toString(float(value), "f", decimals)
    translated = _line(value)
    if translated != value:
        return translated
    if "; " in value:  # a list of sentences, such as "missing keys: ...; wrong sizes: ..."
        return "; ".join(_line(part) for part in value.split("; "))
    return value


def _line(line: str) -> str:
    """One line of a core message in the UI language (unchanged when it is not a core sentence)."""
    exact = _EXACT.get(line)
    if exact is not None:
        return _tr(exact)
    for template in _PATTERNS:
        match = template.pattern.fullmatch(line)
        if match is not None:
            pieces = [_piece(match.group(f"f{i}")) for i in range(template.fields)]
            return _tr(template.source).format(*pieces)
    # "WHERE: sentence", where WHERE is a file, a key of a tag set file ("tags[2].threshold") or a name.
    start = 0
    while (cut := line.find(": ", start)) > 0:
        tail = line[cut + 2 :]
        translated = _line(tail)
        if translated != tail:
            return f"{line[:cut]}: {translated}"
        start = cut + 2
    return line


def core_text(message: str | None) -> str:
    """A message of the core (an error with its hint, a warning, why a file could not be read) in the UI language.

    Each line is translated on its own; a line that is not one of the core's
    sentences (a command to type, an exception's own words) stays as it is.
    In English it returns the message unchanged.
    """
    if not message:
        return ""
    return "\n".join(_line(line) for line in message.split("\n"))
