<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardWindow</name>
    <message>
        <source>No number called yet</source>
        <translation>No number called yet</translation>
    </message>
    <message>
        <source>Call board</source>
        <translation>Call board</translation>
    </message>
    <message>
        <source>Numbers called, each window&apos;s state and the waiting lines; calls are also spoken.</source>
        <translation>Numbers called, each window&apos;s state and the waiting lines; calls are also spoken.</translation>
    </message>
    <message>
        <source>Every call spoken is shown here as text.</source>
        <translation>Every call spoken is shown here as text.</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>Captions (no sound)</source>
        <translation>Captions (no sound)</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <source>Last spoken</source>
        <translation>Last spoken</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Everything spoken aloud is shown here as text.</source>
        <translation>Everything spoken aloud is shown here as text.</translation>
    </message>
</context>
<context>
    <name>DateClock</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>tomorrow at {time}</translation>
    </message>
    <message>
        <source>on {month}/{day} at {time}</source>
        <translation>on {month}/{day} at {time}</translation>
    </message>
    <message>
        <source>Closed today (public holiday)</source>
        <translation>Closed today (public holiday)</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Open today {hours}</source>
        <translation>Open today {hours}</translation>
    </message>
    <message>
        <source>Open today {hours} · lunch break {lunch}</source>
        <translation>Open today {hours} · lunch break {lunch}</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall is not open yet.</source>
        <translation>Queue numbers are issued {hours}: the hall is not open yet.</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall has closed for today.</source>
        <translation>Queue numbers are issued {hours}: the hall has closed for today.</translation>
    </message>
    <message>
        <source>The hall is closed today: no queue numbers are issued.</source>
        <translation>The hall is closed today: no queue numbers are issued.</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday: no queue numbers.</source>
        <translation>The hall is closed today for the public holiday: no queue numbers.</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}.</source>
        <translation>Queue numbers are issued {hours}.</translation>
    </message>
    <message>
        <source>Numbers are issued again {when}.</source>
        <translation>Numbers are issued again {when}.</translation>
    </message>
    <message>
        <source>Guides, appointments, case progress and self-service work at any time.</source>
        <translation>Guides, appointments, case progress and self-service work at any time.</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>Lunch break: this window has no lunch duty.</translation>
    </message>
    <message>
        <source>Outside calling hours ({hours}).</source>
        <translation>Outside calling hours ({hours}).</translation>
    </message>
    <message>
        <source>The hall is closed today.</source>
        <translation>The hall is closed today.</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday.</source>
        <translation>The hall is closed today for the public holiday.</translation>
    </message>
    <message>
        <source>Calling resumes {when}.</source>
        <translation>Calling resumes {when}.</translation>
    </message>
</context>
<context>
    <name>LatestCallPanel</name>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>No number called yet</source>
        <translation>No number called yet</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>Calling again</translation>
    </message>
    <message>
        <source>Go to window {window}</source>
        <translation>Go to window {window}</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>None yet today</source>
        <translation>None yet today</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>Window {window}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>no data from the central store yet</source>
        <translation>no data from the central store yet</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>updated just now</translation>
    </message>
    <message>
        <source>updated {n} min ago</source>
        <translation>updated {n} min ago</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Catching up</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>{state} · {age}</source>
        <translation>{state} · {age}</translation>
    </message>
</context>
<context>
    <name>WaitingTable</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting · time</source>
        <translation>Waiting · time</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>no window</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{people} · {wait}</source>
        <translation>{people} · {wait}</translation>
    </message>
</context>
<context>
    <name>WindowGrid</name>
    <message>
        <source>Calling {number}</source>
        <translation>Calling {number}</translation>
    </message>
    <message>
        <source>Serving {number}</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>Paused too long</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>Back at {time}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>New clerk</source>
        <translation>New clerk</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{window}</source>
        <comment>the window&apos;s number on its tile</comment>
        <translation>{window}</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
</context>
</TS>
