<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BoardWindow</name>
    <message>
        <source>No number called yet</source>
        <translation>暫無叫號</translation>
    </message>
    <message>
        <source>Call board</source>
        <translation>叫號顯示屏</translation>
    </message>
    <message>
        <source>Numbers called, each window&apos;s state and the waiting lines; calls are also spoken.</source>
        <translation>顯示叫號、各窗口狀態和等候情況，叫號同時語音播報。</translation>
    </message>
    <message>
        <source>Every call spoken is shown here as text.</source>
        <translation>每次叫號的播報內容都在這裡以文字顯示。</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>Captions (no sound)</source>
        <translation>字幕（無語音）</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在播報</translation>
    </message>
    <message>
        <source>Last spoken</source>
        <translation>剛才播報</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Everything spoken aloud is shown here as text.</source>
        <translation>所有語音播報的內容都在這裡以文字顯示。</translation>
    </message>
</context>
<context>
    <name>DateClock</name>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>at {time}</source>
        <translation>{time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>on {month}/{day} at {time}</source>
        <translation>{month}月{day}日 {time}</translation>
    </message>
    <message>
        <source>Closed today (public holiday)</source>
        <translation>今日法定節假日休息</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>今日休息</translation>
    </message>
    <message>
        <source>Open today {hours}</source>
        <translation>今日辦公 {hours}</translation>
    </message>
    <message>
        <source>Open today {hours} · lunch break {lunch}</source>
        <translation>今日辦公 {hours} · 午休 {lunch}</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall is not open yet.</source>
        <translation>取號時間為 {hours}，大廳尚未開門。</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall has closed for today.</source>
        <translation>取號時間為 {hours}，今日已停止取號。</translation>
    </message>
    <message>
        <source>The hall is closed today: no queue numbers are issued.</source>
        <translation>今日大廳休息，不提供取號。</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday: no queue numbers.</source>
        <translation>今日法定節假日休息，不提供取號。</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}.</source>
        <translation>取號時間為 {hours}。</translation>
    </message>
    <message>
        <source>Numbers are issued again {when}.</source>
        <translation>{when} 恢復取號。</translation>
    </message>
    <message>
        <source>Guides, appointments, case progress and self-service work at any time.</source>
        <translation>辦事指南、預約、辦件查詢和自助辦理不受時間限制。</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>午休時間，本窗口不值班。</translation>
    </message>
    <message>
        <source>Outside calling hours ({hours}).</source>
        <translation>不在叫號時間（{hours}）。</translation>
    </message>
    <message>
        <source>The hall is closed today.</source>
        <translation>今日大廳休息。</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday.</source>
        <translation>今日法定節假日休息。</translation>
    </message>
    <message>
        <source>Calling resumes {when}.</source>
        <translation>{when} 恢復叫號。</translation>
    </message>
</context>
<context>
    <name>LatestCallPanel</name>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>No number called yet</source>
        <translation>暫無叫號</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Go to window {window}</source>
        <translation>請到 {window} 號窗口辦理</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
    <message>
        <source>None yet today</source>
        <translation>今天還沒有叫號</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>{window} 號窗口</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Live</source>
        <translation>即時更新</translation>
    </message>
    <message>
        <source>no data from the central store yet</source>
        <translation>尚未收到中心資料</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>剛剛更新</translation>
    </message>
    <message>
        <source>updated {n} min ago</source>
        <translation>{n} 分鐘前更新</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>網路中斷</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連接中心</translation>
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
        <translation>等候情況</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Waiting · time</source>
        <translation>等候 · 預計</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>暫無窗口</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>約 {n} 分鐘</translation>
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
        <translation>呼叫 {number}</translation>
    </message>
    <message>
        <source>Serving {number}</source>
        <translation>{number} 辦理中</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>暫停超時</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>暫停至 {time}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>New clerk</source>
        <translation>已換崗</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未開放</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>{window}</source>
        <comment>the window&apos;s number on its tile</comment>
        <translation>{window}號</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>{window} 號窗口</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口狀態</translation>
    </message>
</context>
</TS>
