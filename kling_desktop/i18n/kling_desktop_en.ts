<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="289" />
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform><numerusform>%n jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="299" />
        <source>%n priced by Kling's server</source>
        <translation>
            <numerusform>%n priced by Kling's server</numerusform><numerusform>%n priced by Kling's server</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="304" />
        <source>%n not sent (below)</source>
        <translation>
            <numerusform>%n not sent (below)</numerusform><numerusform>%n not sent (below)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch_dialog.py" line="308" />
        <source>Generate %n job(s)</source>
        <translation>
            <numerusform>Generate %n job</numerusform><numerusform>Generate %n jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchGrid</name>
    <message numerus="yes">
        <location filename="../ui/batch_grid.py" line="116" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare.py" line="385" />
        <source>Move the other %n to the trash…</source>
        <translation>
            <numerusform>Move the other %n to the trash…</numerusform><numerusform>Move the other %n to the trash…</numerusform></translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="74" />
        <source>Delete %n job(s) from the history? Their files go to the system trash. You can undo this for a little while.</source>
        <translation>
            <numerusform>Delete %n job from the history? Their files go to the system trash. You can undo this for a little while.</numerusform><numerusform>Delete %n jobs from the history? Their files go to the system trash. You can undo this for a little while.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="93" />
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>Deleted %n job.</numerusform><numerusform>Deleted %n jobs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_delete.py" line="168" />
        <source>%n job(s) were kept: a file could not be moved to the trash (the disk may have no trash, or the file is in use).</source>
        <translation>
            <numerusform>%n job was kept: a file could not be moved to the trash (the disk may have no trash, or the file is in use).</numerusform><numerusform>%n jobs were kept: a file could not be moved to the trash (the disk may have no trash, or the file is in use).</numerusform></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <location filename="../ui/details.py" line="226" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/details.py" line="311" />
        <source>Server copy expires in %n day(s).</source>
        <translation>
            <numerusform>Server copy expires in %n day.</numerusform><numerusform>Server copy expires in %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../ui/history_export.py" line="76" />
        <source>Exported %n file(s) to {target}.</source>
        <translation>
            <numerusform>Exported %n file to {target}.</numerusform><numerusform>Exported %n files to {target}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history_export.py" line="81" />
        <source>%n file(s) were missing from the disk and are only named in the JSON file.</source>
        <translation>
            <numerusform>%n file was missing from the disk and are only named in the JSON file.</numerusform><numerusform>%n files were missing from the disk and are only named in the JSON file.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <location filename="../ui/history_actions.py" line="461" />
        <source>Send %n job(s) again? Each one is a new task and is charged again.</source>
        <translation>
            <numerusform>Send %n job again? Each one is a new task and is charged again.</numerusform><numerusform>Send %n jobs again? Each one is a new task and is charged again.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../ui/history_panel.py" line="393" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>LipSyncForm</name>
    <message numerus="yes">
        <location filename="../ui/lip_sync_form.py" line="156" />
        <source>Kling found %n face(s): choose the one that speaks.</source>
        <translation>
            <numerusform>Kling found %n face: choose the one that speaks.</numerusform><numerusform>Kling found %n faces: choose the one that speaks.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="665" />
        <source>%n job(s) sent to the queue. You can keep working meanwhile.</source>
        <translation>
            <numerusform>%n job sent to the queue. You can keep working meanwhile.</numerusform><numerusform>%n jobs sent to the queue. You can keep working meanwhile.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="721" />
        <source>%n waiting job(s) of the batch cancelled.</source>
        <translation>
            <numerusform>%n waiting job of the batch cancelled.</numerusform><numerusform>%n waiting jobs of the batch cancelled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="773" />
        <source>Not finished yet: %n job(s). Kling goes on making them; they are picked up and saved the next time you open Kling Desktop (within 30 days).</source>
        <translation>
            <numerusform>Not finished yet: %n job. Kling goes on making them; they are picked up and saved the next time you open Kling Desktop (within 30 days).</numerusform><numerusform>Not finished yet: %n jobs. Kling goes on making them; they are picked up and saved the next time you open Kling Desktop (within 30 days).</numerusform></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../ui/queue_panel.py" line="169" />
        <source>%n file(s) saved; double-click to open</source>
        <translation>
            <numerusform>%n file saved; double-click to open</numerusform><numerusform>%n files saved; double-click to open</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadyNotice</name>
    <message numerus="yes">
        <location filename="../ui/progress_card.py" line="255" />
        <source>%n new results are ready. The last one: “{prompt}”</source>
        <translation>
            <numerusform>%n new results are ready. The last one: “{prompt}”</numerusform><numerusform>%n new results are ready. The last one: “{prompt}”</numerusform></translation>
    </message>
</context>
<context>
    <name>ShotsField</name>
    <message numerus="yes">
        <location filename="../ui/form_fields.py" line="565" />
        <source>%n shot(s), {s} s in all</source>
        <translation>
            <numerusform>%n shot, {s} s in all</numerusform><numerusform>%n shots, {s} s in all</numerusform></translation>
    </message>
</context>
</TS>