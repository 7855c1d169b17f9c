<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardWindow</name>
    <message>
        <source>No number called yet</source>
        <translation>暂无叫号</translation>
    </message>
    <message>
        <source>Call board</source>
        <translation>叫号显示屏</translation>
    </message>
    <message>
        <source>Numbers called, each window&apos;s state and the waiting lines; calls are also spoken.</source>
        <translation>显示叫号、各窗口状态和等候情况，叫号同时语音播报。</translation>
    </message>
    <message>
        <source>Every call spoken is shown here as text.</source>
        <translation>每次叫号的播报内容都在这里以文字显示。</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>Captions (no sound)</source>
        <translation>字幕（无语音）</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在播报</translation>
    </message>
    <message>
        <source>Last spoken</source>
        <translation>刚才播报</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Everything spoken aloud is shown here as text.</source>
        <translation>所有语音播报的内容都在这里以文字显示。</translation>
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
        <translation>今日法定节假日休息</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>今日休息</translation>
    </message>
    <message>
        <source>Open today {hours}</source>
        <translation>今日办公 {hours}</translation>
    </message>
    <message>
        <source>Open today {hours} · lunch break {lunch}</source>
        <translation>今日办公 {hours} · 午休 {lunch}</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall is not open yet.</source>
        <translation>取号时间为 {hours}，大厅尚未开门。</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}: the hall has closed for today.</source>
        <translation>取号时间为 {hours}，今日已停止取号。</translation>
    </message>
    <message>
        <source>The hall is closed today: no queue numbers are issued.</source>
        <translation>今日大厅休息，不提供取号。</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday: no queue numbers.</source>
        <translation>今日法定节假日休息，不提供取号。</translation>
    </message>
    <message>
        <source>Queue numbers are issued {hours}.</source>
        <translation>取号时间为 {hours}。</translation>
    </message>
    <message>
        <source>Numbers are issued again {when}.</source>
        <translation>{when} 恢复取号。</translation>
    </message>
    <message>
        <source>Guides, appointments, case progress and self-service work at any time.</source>
        <translation>办事指南、预约、办件查询和自助办理不受时间限制。</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>午休时间，本窗口不值班。</translation>
    </message>
    <message>
        <source>Outside calling hours ({hours}).</source>
        <translation>不在叫号时间（{hours}）。</translation>
    </message>
    <message>
        <source>The hall is closed today.</source>
        <translation>今日大厅休息。</translation>
    </message>
    <message>
        <source>The hall is closed today for the public holiday.</source>
        <translation>今日法定节假日休息。</translation>
    </message>
    <message>
        <source>Calling resumes {when}.</source>
        <translation>{when} 恢复叫号。</translation>
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
        <translation>暂无叫号</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Go to window {window}</source>
        <translation>请到 {window} 号窗口办理</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>None yet today</source>
        <translation>今天还没有叫号</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>{window} 号窗口</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Live</source>
        <translation>实时更新</translation>
    </message>
    <message>
        <source>no data from the central store yet</source>
        <translation>尚未收到中心数据</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message>
        <source>updated {n} min ago</source>
        <translation>{n} 分钟前更新</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>网络中断</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接中心</translation>
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
        <translation>等候情况</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting · time</source>
        <translation>等候 · 预计</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>暂无窗口</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>约 {n} 分钟</translation>
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
        <translation>{number} 办理中</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>暂停超时</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>暂停至 {time}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>New clerk</source>
        <translation>已换岗</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未开放</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>{window}</source>
        <comment>the window&apos;s number on its tile</comment>
        <translation>{window}号</translation>
    </message>
    <message>
        <source>Window {window}</source>
        <translation>{window} 号窗口</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口状态</translation>
    </message>
</context>
</TS>
