<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BookingScreen</name>
    <message>
        <source>Fully booked</source>
        <translation>已約滿</translation>
    </message>
    <message>
        <source>{n} places left</source>
        <translation>餘 {n} 個名額</translation>
    </message>
    <message>
        <source>Book a time for this service</source>
        <translation>預約此項業務的辦理時間</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Optional; kept masked, for a reminder.</source>
        <translation>可不填；僅用於提醒，脫敏儲存。</translation>
    </message>
    <message>
        <source>If you like, type a mobile number for a reminder. It is stored masked. Or tap “Next” to skip.</source>
        <translation>如需提醒，請輸入手機號碼，號碼將脫敏儲存；不需要請直接點“下一步”。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>確認預約</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>進入下一步。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>{category}
{when}
Mobile: {phone}</source>
        <translation>{category}
{when}
手機：{phone}</translation>
    </message>
    <message>
        <source>Booked. Your appointment code:</source>
        <translation>預約成功。您的預約碼：</translation>
    </message>
    <message>
        <source>{category}, {when}. Please write the code down or take a photo; check in here with it on the day.</source>
        <translation>{category}，{when}。請抄下預約碼或拍照儲存，當天憑預約碼在本機簽到。</translation>
    </message>
    <message>
        <source>Book an appointment: choose the service</source>
        <translation>預約辦理：請選擇業務</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>請選擇日期</translation>
    </message>
    <message>
        <source>Choose the time</source>
        <translation>請選擇時段</translation>
    </message>
    <message>
        <source>A phone number for a reminder?</source>
        <translation>需要留手機號碼接收提醒嗎？</translation>
    </message>
    <message>
        <source>Please check your booking</source>
        <translation>請核對預約資訊</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>預約成功</translation>
    </message>
    <message>
        <source>Step 1 of 4. Evenings, Saturdays and holiday openings are bookable too.</source>
        <translation>第 1 步，共 4 步。延時、週六錯時和節假日服務也可預約。</translation>
    </message>
    <message>
        <source>Step 2 of 4. {category}: the next two weeks.</source>
        <translation>第 2 步，共 4 步。{category}：今後兩週。</translation>
    </message>
    <message>
        <source>Step 3 of 4. Each time shows the places left.</source>
        <translation>第 3 步，共 4 步。每個時段顯示剩餘名額。</translation>
    </message>
    <message>
        <source>Step 4 of 4.</source>
        <translation>第 4 步，共 4 步。</translation>
    </message>
    <message>
        <source>Tap “Confirm booking” if this is right.</source>
        <translation>資訊無誤請點“確認預約”。</translation>
    </message>
    <message>
        <source>Bring this code when you come.</source>
        <translation>來辦理時請帶上預約碼。</translation>
    </message>
    <message>
        <source>No times can be booked for this service in the next two weeks.</source>
        <translation>此項業務今後兩週沒有可預約的時段。</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>您的預約碼是 {code}。</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Read aloud</source>
        <translation>朗讀本頁</translation>
    </message>
    <message>
        <source>Reads this screen aloud.</source>
        <translation>朗讀本頁內容。</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>慢一點</translation>
    </message>
    <message>
        <source>Speaks more slowly.</source>
        <translation>放慢朗讀速度。</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>快一點</translation>
    </message>
    <message>
        <source>Speaks faster.</source>
        <translation>加快朗讀速度。</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <source>We cannot find case {number}. Please check the number on your receipt; a case accepted in the last few minutes may not be here yet.</source>
        <translation>未找到辦件 {number}。請核對受理憑證上的編號；剛受理幾分鐘的辦件可能尚未同步到本機。</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>請至少選擇一項原因。</translation>
    </message>
    <message>
        <source>Type the case number printed on your acceptance receipt, then tap “Look up”.</source>
        <translation>請輸入受理憑證上的辦件編號，然後點“查詢”。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>辦件編號</translation>
    </message>
    <message>
        <source>Letters, digits and hyphens, typed with the keys below.</source>
        <translation>字母、數字和短橫線，用下方按鍵輸入。</translation>
    </message>
    <message>
        <source>Rates the case {level}.</source>
        <translation>評價為“{level}”。</translation>
    </message>
    <message>
        <source>What went wrong? Choose at least one reason:</source>
        <translation>哪裡不滿意？請至少選擇一項原因：</translation>
    </message>
    <message>
        <source>A reason for the rating; tap to choose or unchoose.</source>
        <translation>評價原因，點一下選中或取消。</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>Shows the case&apos;s progress.</source>
        <translation>顯示辦件進度。</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>評價此辦件</translation>
    </message>
    <message>
        <source>One rating per case, from very satisfied to very dissatisfied.</source>
        <translation>一事一評，從非常滿意到非常不滿意。</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>提交評價</translation>
    </message>
    <message>
        <source>Sends your rating.</source>
        <translation>提交您的評價。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
    <message>
        <source>Thank you. Your rating of case {number} is recorded.</source>
        <translation>謝謝！您對辦件 {number} 的評價已記錄。</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Case {number}: {status}</source>
        <translation>辦件 {number}：{status}</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>事項：{items}</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申請人：{name}</translation>
    </message>
    <message>
        <source>Accepted: {when}</source>
        <translation>受理時間：{when}</translation>
    </message>
    <message>
        <source>Promised by: {day}</source>
        <translation>承諾辦結日期：{day}</translation>
    </message>
    <message>
        <source>The promised date has passed: you may report it under “Could not get it done?”.</source>
        <translation>已超過承諾辦結日期，您可以通過“辦不成事反映”反映。</translation>
    </message>
    <message>
        <source>Finished: {when}</source>
        <translation>辦結時間：{when}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>辦理結果：{result}</translation>
    </message>
    <message>
        <source>You have rated this case. Thank you.</source>
        <translation>您已評價過此辦件，謝謝。</translation>
    </message>
    <message>
        <source>You can rate this case once.</source>
        <translation>此辦件可以評價一次。</translation>
    </message>
    <message>
        <source>You can rate it once it is finished.</source>
        <translation>辦結後即可評價。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>辦理進度</translation>
    </message>
    <message>
        <source>Accepted; no further step yet.</source>
        <translation>已受理，暫無後續環節。</translation>
    </message>
    <message>
        <source>Case progress</source>
        <translation>辦件查詢</translation>
    </message>
    <message>
        <source>Rate case {number}</source>
        <translation>評價辦件 {number}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>謝謝</translation>
    </message>
    <message>
        <source>Choose how satisfied you are. For the two lowest, choose a reason.</source>
        <translation>請選擇滿意程度；選擇“不滿意”或“非常不滿意”時請選擇原因。</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Appointment check-in</source>
        <translation>預約簽到</translation>
    </message>
    <message>
        <source>Type the appointment code from your booking message, then tap “Check in”. On time, you are served first.</source>
        <translation>請輸入預約時獲得的預約碼，然後點“簽到取號”。按時簽到可優先辦理。</translation>
    </message>
    <message>
        <source>Appointment code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <source>Eight letters and digits, typed with the keys below.</source>
        <translation>8 位字母和數字，用下方按鍵輸入。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>簽到取號</translation>
    </message>
    <message>
        <source>Checks in the appointment and gives your number.</source>
        <translation>預約簽到並取號。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>The materials needed were not made clear</source>
        <translation>所需材料沒有說清楚</translation>
    </message>
    <message>
        <source>I came several times and it is still not done</source>
        <translation>跑了多次仍未辦成</translation>
    </message>
    <message>
        <source>I was sent from one window or office to another</source>
        <translation>視窗或部門之間推來推去</translation>
    </message>
    <message>
        <source>I was refused without a reason</source>
        <translation>不予受理又不說明理由</translation>
    </message>
    <message>
        <source>A system fault stopped it</source>
        <translation>系統故障辦不了</translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>超過承諾時限仍未辦結</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他問題</translation>
    </message>
    <message>
        <source>Tap to choose or unchoose.</source>
        <translation>點一下選中或取消。</translation>
    </message>
    <message>
        <source>Would you like a reply? Type your mobile number; it is kept only for the reply and shown masked. Or tap “Send” without one.</source>
        <translation>需要答覆嗎？請輸入手機號碼，僅用於答覆並脫敏顯示；不需要請直接點“提交”。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Optional, for the hall&apos;s reply.</source>
        <translation>可不填，用於大廳答覆。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>進入下一步。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded; the hall will reply to {phone} in time.</source>
        <translation>謝謝！您的反映已登記，我們將按時答覆至 {phone}。</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded and will be followed up.</source>
        <translation>謝謝！您的反映已登記，將有專人跟進。</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>辦不成事反映</translation>
    </message>
    <message>
        <source>A reply?</source>
        <translation>需要答覆嗎？</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>反映已提交</translation>
    </message>
    <message>
        <source>Tell us what went wrong: choose one or more, then tap “Next”.</source>
        <translation>請告訴我們遇到了什麼問題：可多選，然後點“下一步”。</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>影印件</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>原件及影印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>電子材料</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 份</translation>
    </message>
    <message>
        <source>{n} copies</source>
        <translation>{n} 份</translation>
    </message>
    <message>
        <source>if it applies</source>
        <translation>視情況提供</translation>
    </message>
    <message>
        <source>★ an e-certificate can replace it: {name}</source>
        <translation>★ 可用電子證照代替：{name}</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>本機沒有印表機。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>{fault} Nothing was printed; the staff have been told.</source>
        <translation>{fault}未能列印，已通知工作人員。</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>列印完成，請從下方出紙口取走。</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} 個事項</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>即辦</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} 個工作日</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>按名稱查詢</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>輸入事項名稱的一部分或拼音首字母。</translation>
    </message>
    <message>
        <source>Print this guide</source>
        <translation>列印辦事指南</translation>
    </message>
    <message>
        <source>Prints the whole guide to take home.</source>
        <translation>列印完整的辦事指南帶回家。</translation>
    </message>
    <message>
        <source>Print what I still need</source>
        <translation>列印缺少的材料</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet, then print them as a one-time notice.</source>
        <translation>勾選還沒有的材料，列印成一次性告知單。</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Takes a number for this item.</source>
        <translation>為此事項取號。</translation>
    </message>
    <message>
        <source>Do it here</source>
        <translation>可在此辦理</translation>
    </message>
    <message>
        <source>This item can be done at this kiosk from start to finish.</source>
        <translation>此事項可在本自助終端全程辦理。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>辦事指南</translation>
    </message>
    <message>
        <source>Choose a service to see its items, or find an item by name.</source>
        <translation>選擇業務類別檢視事項，或按名稱查詢。</translation>
    </message>
    <message>
        <source>Find a service guide</source>
        <translation>查詢辦事指南</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>輸入名稱的一部分或拼音首字母，然後點選事項。</translation>
    </message>
    <message>
        <source>Service guides: {name}</source>
        <translation>辦事指南：{name}</translation>
    </message>
    <message>
        <source>Tap an item to read its guide.</source>
        <translation>點選事項檢視辦事指南。</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet to print them as a list to take home.</source>
        <translation>勾選還沒有的材料，可列印成清單帶回家。</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>受理條件</translation>
    </message>
    <message>
        <source>Materials (tap the ones you do not have yet)</source>
        <translation>申請材料（點選還沒有的材料）</translation>
    </message>
    <message>
        <source>★ An electronic certificate can replace this paper.</source>
        <translation>★ 表示可用電子證照代替紙質材料。</translation>
    </message>
    <message>
        <source>Time, fee and trips</source>
        <translation>辦理時限、收費和跑動次數</translation>
    </message>
    <message>
        <source>free</source>
        <translation>不收費</translation>
    </message>
    <message>
        <source>{n} yuan</source>
        <translation>{n} 元</translation>
    </message>
    <message>
        <source>no visit needed</source>
        <translation>無需到現場</translation>
    </message>
    <message>
        <source>at most 1 visit</source>
        <translation>最多跑 1 次</translation>
    </message>
    <message>
        <source>at most {n} visit(s)</source>
        <translation>最多跑 {n} 次</translation>
    </message>
    <message>
        <source>Promised time: {promised} (by law {legal} working days).
Fee: {fee}.
Visits: {trips}.
Where: {where}.</source>
        <translation>承諾時限：{promised}（法定 {legal} 個工作日）。
收費：{fee}。
到現場次數：{trips}。
辦理地點：{where}。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>辦理流程</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help me with my business</source>
        <translation>請人幫我辦事</translation>
    </message>
    <message>
        <source>A clerk helps you fill in forms and handle the item, or handles it for you.</source>
        <translation>工作人員幫您填表辦理，或為您代辦。</translation>
    </message>
    <message>
        <source>I find it hard to see, hear or move</source>
        <translation>我看不清、聽不清或行動不便</translation>
    </message>
    <message>
        <source>A clerk comes to guide you through the hall.</source>
        <translation>工作人員來帶您辦理。</translation>
    </message>
    <message>
        <source>I am stuck at this machine</source>
        <translation>我不會用這臺機器</translation>
    </message>
    <message>
        <source>A clerk comes to this kiosk to help you use it.</source>
        <translation>工作人員來本機旁幫您操作。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首頁。</translation>
    </message>
    <message>
        <source>The staff have been told (at {time}).</source>
        <translation>已通知工作人員（{time}）。</translation>
    </message>
    <message>
        <source>Please wait here at this kiosk: a clerk will come to you shortly.</source>
        <translation>請在本機旁稍候，工作人員很快就到。</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>工作人員馬上就到</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>幫辦代辦</translation>
    </message>
    <message>
        <source>Choose what you need; a clerk will come to this kiosk.</source>
        <translation>請選擇您需要的幫助，工作人員會到本機旁。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Take a number</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>選擇業務，領取排隊號。</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>自助辦理</translation>
    </message>
    <message>
        <source>Enquiries, printouts, applications: done at this kiosk.</source>
        <translation>查詢、列印、申請，在本機辦完。</translation>
    </message>
    <message>
        <source>Find by item name</source>
        <translation>按事項名稱取號</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, e.g. bdc.</source>
        <translation>輸入名稱或拼音首字母，如 bdc。</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>綠色通道</translation>
    </message>
    <message>
        <source>Elderly, disabled or pregnant: served first.</source>
        <translation>老年人、殘疾人、孕婦優先辦理。</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>預約簽到</translation>
    </message>
    <message>
        <source>Have a code? Get your priority number.</source>
        <translation>有預約碼？簽到領取優先號。</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>預約辦理</translation>
    </message>
    <message>
        <source>Including evenings, Saturdays and holidays.</source>
        <translation>含延時、週六錯時和節假日服務。</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>辦事指南</translation>
    </message>
    <message>
        <source>Materials, time limits, fees; print them.</source>
        <translation>材料、時限、收費，可列印。</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>排隊情況</translation>
    </message>
    <message>
        <source>Waiting and open windows.</source>
        <translation>等候人數和開放視窗。</translation>
    </message>
    <message>
        <source>Case progress and rating</source>
        <translation>辦件查詢與評價</translation>
    </message>
    <message>
        <source>Look up a case; rate a finished one.</source>
        <translation>查詢辦件進度，評價已辦結的辦件。</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>幫辦代辦</translation>
    </message>
    <message>
        <source>Assisted service: a clerk comes to you.</source>
        <translation>工作人員到您身邊幫您辦。</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>辦不成事反映</translation>
    </message>
    <message>
        <source>Tell us what went wrong; we reply in time.</source>
        <translation>遇到辦不成的事請告訴我們，限時答覆。</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>無人等候</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>{take}: {name}. {detail}.</source>
        <translation>{take}：{name}。{detail}。</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>領取{name}的排隊號。{detail}。</translation>
    </message>
    <message>
        <source>More services</source>
        <translation>更多服務</translation>
    </message>
    <message>
        <source>Do it yourself, guides, queue, booking, case progress, feedback.</source>
        <translation>自助辦理、辦事指南、排隊、預約、辦件進度、反映問題。</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>其他服務</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>您要辦什麼？</translation>
    </message>
    <message>
        <source>Tap once to hear a button, tap it again to choose it.</source>
        <translation>按一下聽按鈕內容，再按一下確認。</translation>
    </message>
    <message>
        <source>Tap a service to take a number</source>
        <translation>輕觸業務即可取號</translation>
    </message>
    <message>
        <source>Your number is given at once; other services are below.</source>
        <translation>點一下馬上出號；其他服務在下方。</translation>
    </message>
    <message>
        <source>No queue numbers now; every other service works.</source>
        <translation>現在不是取號時間，其他服務照常使用。</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <source>The kiosk starts over in {n} seconds.</source>
        <translation>{n} 秒後將回到首頁。</translation>
    </message>
    <message>
        <source>What you entered will be cleared. Tap “Continue” to carry on.</source>
        <translation>您輸入的內容將被清除。如需繼續，請點“繼續”。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Keeps what you are doing.</source>
        <translation>繼續當前操作。</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Types {word}.</source>
        <translation>輸入「{word}」。</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>No characters for these letters</source>
        <translation>沒有對應的漢字，請刪改字母</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Deletes the last character.</source>
        <translation>刪除最後一個字元。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clears everything typed.</source>
        <translation>清空已輸入的內容。</translation>
    </message>
    <message>
        <source>CN/EN</source>
        <translation>中/英</translation>
    </message>
    <message>
        <source>Pinyin on</source>
        <translation>拼音輸入（已開啟）</translation>
    </message>
    <message>
        <source>Switches to letters (ABC).</source>
        <translation>切換為輸入英文字母。</translation>
    </message>
    <message>
        <source>Letters (ABC)</source>
        <translation>英文字母輸入</translation>
    </message>
    <message>
        <source>Switches to pinyin, to type Chinese characters.</source>
        <translation>切換為拼音，輸入漢字。</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>短橫線</translation>
    </message>
    <message>
        <source>Types a hyphen.</source>
        <translation>輸入短橫線。</translation>
    </message>
    <message>
        <source>Types {key}.</source>
        <translation>輸入 {key}。</translation>
    </message>
    <message>
        <source>Previous candidates</source>
        <translation>上一頁候選字</translation>
    </message>
    <message>
        <source>Shows the characters before these.</source>
        <translation>顯示前面的候選字。</translation>
    </message>
    <message>
        <source>More candidates</source>
        <translation>更多候選字</translation>
    </message>
    <message>
        <source>Shows more characters.</source>
        <translation>顯示更多候選字。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Elder mode is on: large text, and every screen is read aloud.</source>
        <translation>已進入長輩模式：大字顯示，每個頁面都會朗讀。</translation>
    </message>
    <message>
        <source>What the kiosk says is shown here.</source>
        <translation>朗讀的內容會在這裡顯示文字。</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服務終端</translation>
    </message>
    <message>
        <source>Take a number, check in, read service guides and more.</source>
        <translation>取號、預約簽到、檢視辦事指南等。</translation>
    </message>
    <message>
        <source>One moment, the kiosk is getting ready: what you chose opens by itself.</source>
        <translation>請稍候，本機正在準備：您選的內容會自動打開。</translation>
    </message>
    <message>
        <source>Something recorded here earlier was not accepted: {why}</source>
        <translation>本機之前登記的一項內容未被受理：{why}</translation>
    </message>
    <message>
        <source>Speaking more slowly.</source>
        <translation>已放慢朗讀速度。</translation>
    </message>
    <message>
        <source>Speaking faster.</source>
        <translation>已加快朗讀速度。</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>This kiosk has not reached the central store yet: please ask at a window.</source>
        <translation>本機尚未連上中心系統，請到窗口諮詢。</translation>
    </message>
    <message>
        <source>This kiosk is offline since {time}: anything recorded after that is not here yet. Please ask at a window.</source>
        <translation>本機自 {time} 起離線，此後在別處登記的內容本機暫時查不到，請到窗口諮詢。</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>no window open</source>
        <translation>暫無視窗辦理</translation>
    </message>
    <message>
        <source>{name}: {waiting}, {wait}</source>
        <translation>{name}：{waiting}，{wait}</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <source>Windows open</source>
        <translation>開放視窗</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>選擇業務，領取排隊號。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
    <message>
        <source>The queue now</source>
        <translation>當前排隊情況</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>We cannot find this appointment code. Please check the code and try again.</source>
        <translation>未找到此預約碼，請核對後重新輸入。</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Your number was given then.</source>
        <translation>此預約已簽到過，當時已領取排隊號。</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Please book again.</source>
        <translation>此預約已取消，請重新預約。</translation>
    </message>
    <message>
        <source>Something went wrong with the code. Please try booking again.</source>
        <translation>預約碼生成出錯，請重新預約。</translation>
    </message>
    <message>
        <source>This appointment is for another service.</source>
        <translation>此預約屬於其他業務。</translation>
    </message>
    <message>
        <source>The time of this appointment has changed. Please try again.</source>
        <translation>預約時間有變動，請重試。</translation>
    </message>
    <message>
        <source>This time has just been fully booked. Please choose another time.</source>
        <translation>該時段剛剛約滿，請選擇其他時段。</translation>
    </message>
    <message>
        <source>The hall takes no appointments at this time. Please choose another.</source>
        <translation>該時段不接受預約，請選擇其他時段。</translation>
    </message>
    <message>
        <source>This service has no green channel. Please take an ordinary number.</source>
        <translation>此項業務不設綠色通道，請領取普通號。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s date is not right. Please ask the staff for help.</source>
        <translation>本機日期有誤，請聯絡工作人員。</translation>
    </message>
    <message>
        <source>This service is no longer offered here. Please choose another.</source>
        <translation>本大廳已不再辦理此項業務，請選擇其他業務。</translation>
    </message>
    <message>
        <source>This item is no longer offered here. Please choose another.</source>
        <translation>本大廳已不再辦理此事項，請選擇其他事項。</translation>
    </message>
    <message>
        <source>We cannot find this case number. Please check the number on your receipt.</source>
        <translation>未找到此辦件編號，請核對受理憑證上的編號。</translation>
    </message>
    <message>
        <source>This case is not finished yet. You can rate it once it is finished.</source>
        <translation>此辦件尚未辦結，辦結後才能評價。</translation>
    </message>
    <message>
        <source>This case has already been rated. Each case is rated once.</source>
        <translation>此辦件已評價過，每個辦件只能評價一次。</translation>
    </message>
    <message>
        <source>Please choose the reasons from the list.</source>
        <translation>請從列表中選擇原因。</translation>
    </message>
    <message>
        <source>No more numbers can be given today for this service. Please ask the staff for help.</source>
        <translation>此項業務今日號碼已發完，請聯絡工作人員。</translation>
    </message>
    <message>
        <source>This kiosk cannot do that. Please ask the staff for help.</source>
        <translation>本機不能辦理此項操作，請聯絡工作人員。</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid. Please check it and try again.</source>
        <translation>輸入的內容有誤，請檢查後重試。</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more is needed.</source>
        <translation>已經登記過了，無需再次操作。</translation>
    </message>
    <message>
        <source>This could not be done. Please ask the staff for help.</source>
        <translation>暫時無法辦理，請聯絡工作人員。</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>▲ Up</source>
        <translation>▲ 上翻</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ 下翻</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>向上翻</translation>
    </message>
    <message>
        <source>Shows the part above.</source>
        <translation>顯示上面的內容。</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>向下翻</translation>
    </message>
    <message>
        <source>Shows the part below.</source>
        <translation>顯示下面的內容。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Item name, or its pinyin initials (e.g. bdc):</source>
        <translation>事項名稱或拼音首字母（如 bdc）：</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事項名稱</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>輸入事項名稱的一部分或拼音首字母。</translation>
    </message>
    <message>
        <source>Matching items appear here as you type.</source>
        <translation>邊輸入邊在這裡顯示匹配的事項。</translation>
    </message>
    <message>
        <source>No item matches “{text}”. Try fewer letters.</source>
        <translation>沒有與“{text}”匹配的事項，請少輸入幾個字母試試。</translation>
    </message>
    <message>
        <source>Tap the item you need:</source>
        <translation>請點選您要辦的事項：</translation>
    </message>
    <message>
        <source>One-go package</source>
        <translation>一件事一次辦</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>This item cannot be done at this kiosk.</source>
        <translation>此事項不能在本自助終端辦理。</translation>
    </message>
    <message>
        <source>This item checks records online, and this kiosk is offline now. Please try again later, or take a number for a window.</source>
        <translation>此事項需要聯網核查，此自助終端目前離線。請稍後再試，或取號到窗口辦理。</translation>
    </message>
    <message>
        <source>You could not be identified. Please try again or ask for help.</source>
        <translation>未能識別您的身分。請再試一次，或請工作人員幫助。</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>請先核驗身分。</translation>
    </message>
    <message>
        <source>Nothing was scanned. Please put the paper on the scanner and try again.</source>
        <translation>沒有掃描到材料。請把材料放在掃描區後再試一次。</translation>
    </message>
    <message>
        <source>Still needed: {names}. Tap each to scan it.</source>
        <translation>還缺：{names}。請逐項點擊掃描。</translation>
    </message>
    <message>
        <source>Printing your result…</source>
        <translation>正在列印辦理結果…</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the case number.</source>
        <translation>本機沒有印表機，請記下辦件編號。</translation>
    </message>
    <message>
        <source>{fault} Your case is recorded; the staff have been told.</source>
        <translation>{fault}您的辦件已記錄，已通知工作人員。</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>列印完成，請從下方出紙口取走。</translation>
    </message>
    <message>
        <source>The staff have been told where you are. Please wait here: a clerk will come.</source>
        <translation>已告訴工作人員您辦到哪一步，請在此稍候，工作人員馬上過來。</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>即辦件，當場辦結</translation>
    </message>
    <message>
        <source>accepted here, done in {n} working days</source>
        <translation>本機受理，{n} 個工作日內辦結</translation>
    </message>
    <message>
        <source>one go for {n} items</source>
        <translation>{n} 個事項一次辦</translation>
    </message>
    <message>
        <source>needs the network</source>
        <translation>需要聯網</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>自助辦理</translation>
    </message>
    <message>
        <source>These items can be done at this kiosk from start to finish, at any hour.</source>
        <translation>以下事項可在本自助終端全程辦理，全天可用。</translation>
    </message>
    <message>
        <source>Five steps: {steps}.</source>
        <translation>共五步：{steps}。</translation>
    </message>
    <message>
        <source>This item checks records online: the kiosk is online, you can start.</source>
        <translation>此事項需要聯網核查：本機已聯網，可以開始。</translation>
    </message>
    <message>
        <source>This item needs no network: it can be done now, even offline.</source>
        <translation>此事項無需聯網，斷網時也能辦理。</translation>
    </message>
    <message>
        <source>DEMO: this kiosk identifies people and fetches e-certificates with demo providers. Nothing it prints proves anything.</source>
        <translation>演示：本機使用演示身分核驗和演示電子證照，列印的任何材料都不具證明效力。</translation>
    </message>
    <message>
        <source>Tap “Start” when you are ready.</source>
        <translation>準備好後請點「開始」。</translation>
    </message>
    <message>
        <source>Step 1: identify yourself</source>
        <translation>第一步：核驗身分</translation>
    </message>
    <message>
        <source>Put your ID card on the reader, or scan the provincial login code with your phone.</source>
        <translation>請把身分證放在讀卡區，或用手機掃描省統一身分認證碼。</translation>
    </message>
    <message>
        <source>Read the demo ID card (DEMO)</source>
        <translation>讀取演示身分證（演示）</translation>
    </message>
    <message>
        <source>Read my ID card</source>
        <translation>讀取身分證</translation>
    </message>
    <message>
        <source>Identifies you for this item.</source>
        <translation>為辦理此事項核驗您的身分。</translation>
    </message>
    <message>
        <source>Identified: {name}, ID {id}</source>
        <translation>已識別：{name}，身分證 {id}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>E-certificates fetched: {certs}.</source>
        <translation>已取得電子證照：{certs}。</translation>
    </message>
    <message>
        <source>Filled in for you:</source>
        <translation>已為您自動填寫：</translation>
    </message>
    <message>
        <source>Check what was filled in, then tap “Next”.</source>
        <translation>請核對自動填寫的內容，然後點「下一步」。</translation>
    </message>
    <message>
        <source>Step 2: fill in ({i} of {n})</source>
        <translation>第二步：填寫（第 {i} 項，共 {n} 項）</translation>
    </message>
    <message>
        <source> (may be left empty)</source>
        <translation>（可不填）</translation>
    </message>
    <message>
        <source>Step 3: materials</source>
        <translation>第三步：材料</translation>
    </message>
    <message>
        <source>E-certificates replace paper; scan only what is asked for.</source>
        <translation>電子證照免交紙本材料；只需掃描提示的材料。</translation>
    </message>
    <message>
        <source>Step 4: check and confirm</source>
        <translation>第四步：核對確認</translation>
    </message>
    <message>
        <source>Nothing is sent until you tap “Confirm”.</source>
        <translation>點「確認提交」之前不會提交任何內容。</translation>
    </message>
    <message>
        <source>Done on the spot: the result is printed at once.</source>
        <translation>即辦件：當場辦結，馬上列印結果。</translation>
    </message>
    <message>
        <source>Accepted here; the back office finishes it within {n} working days.</source>
        <translation>承諾件：本機受理，後台 {n} 個工作日內辦結。</translation>
    </message>
    <message>
        <source>Item: {name}</source>
        <translation>事項：{name}</translation>
    </message>
    <message>
        <source>Applicant: {name}, ID {id}</source>
        <translation>申請人：{name}，身分證 {id}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Your case number</source>
        <translation>您的辦件編號</translation>
    </message>
    <message>
        <source>{name} is done. You can rate it now (one rating per case).</source>
        <translation>{name}已辦結，現在可以評價（一事一評）。</translation>
    </message>
    <message>
        <source>Your application is accepted. It will be done by {date}; we will text you. Look it up here with the case number.</source>
        <translation>您的申請已受理，將於{date}前辦結，屆時簡訊通知您。可憑辦件編號在此查詢。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>{name} · step {i} of 5: {step}</source>
        <translation>{name} · 第 {i} 步（共 5 步）：{step}</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>請工作人員幫辦</translation>
    </message>
    <message>
        <source>Tells a clerk which item and step you are at; they come to this kiosk.</source>
        <translation>告訴工作人員您在辦哪個事項、哪一步，工作人員會來本機幫您。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認提交</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>進入下一步。</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>評價此辦件</translation>
    </message>
    <message>
        <source>You can rate each case once.</source>
        <translation>每個辦件評價一次（一事一評）。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen; what you entered is forgotten.</source>
        <translation>回到首頁，您輸入的內容會全部清除。</translation>
    </message>
    <message>
        <source>e.g. 2026-03-08</source>
        <translation>例如 2026-03-08</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位數字</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>核驗身分</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填寫</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Please choose an answer for “{name}”.</source>
        <translation>請為「{name}」選擇一項。</translation>
    </message>
    <message>
        <source>Please fill in “{name}”.</source>
        <translation>請填寫「{name}」。</translation>
    </message>
    <message>
        <source>“{name}” is too long: at most {n} characters.</source>
        <translation>「{name}」太長了，最多 {n} 個字元。</translation>
    </message>
    <message>
        <source>“{name}” should be {hint}.</source>
        <translation>「{name}」應為{hint}。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X. You typed {n}.</source>
        <translation>身分證號碼共 18 位：前 17 位是數字，最後一位是數字或 X。您輸入了 {n} 位。</translation>
    </message>
    <message>
        <source>This ID number does not add up: please check each digit against the card.</source>
        <translation>這個身分證號碼校驗不通過，請對照證件逐位核對。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1, e.g. 13812345678.</source>
        <translation>手機號碼是以 1 開頭的 11 位數字，例如 13812345678。</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, e.g. 2026-03-08, and check it exists.</source>
        <translation>請按「年-月-日」填寫日期，例如 2026-03-08，並確認日期存在。</translation>
    </message>
    <message>
        <source>This date is after today: please give a date up to today.</source>
        <translation>這個日期晚於今天，請填寫今天或以前的日期。</translation>
    </message>
    <message>
        <source>This date has passed: please give today or a later date.</source>
        <translation>這個日期已經過去，請填寫今天或以後的日期。</translation>
    </message>
    <message>
        <source>Please type a number, using digits only.</source>
        <translation>請輸入數字，只用 0 到 9。</translation>
    </message>
    <message>
        <source>Please type a whole number, without a point.</source>
        <translation>請輸入整數，不要帶小數點。</translation>
    </message>
    <message>
        <source>Please use at most {n} digits after the point.</source>
        <translation>小數點後最多 {n} 位。</translation>
    </message>
    <message>
        <source>The smallest number allowed is {n}.</source>
        <translation>允許的最小數是 {n}。</translation>
    </message>
    <message>
        <source>The largest number allowed is {n}.</source>
        <translation>允許的最大數是 {n}。</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown.</source>
        <translation>請從顯示的選項中選擇一項。</translation>
    </message>
    <message>
        <source>No paper needed: fetched as an e-certificate ({name}).</source>
        <translation>免交紙本材料：已取得電子證照（{name}）。</translation>
    </message>
    <message>
        <source>Made here at the kiosk; nothing to bring.</source>
        <translation>在本機現場生成，無需攜帶。</translation>
    </message>
    <message>
        <source>Scanned: {file}. Tap to scan again.</source>
        <translation>已掃描：{file}。點擊可重新掃描。</translation>
    </message>
    <message>
        <source>Needed: tap here, then put it on the scanner.</source>
        <translation>必需：請點擊這裡，再把材料放在掃描區。</translation>
    </message>
    <message>
        <source>Only if it applies: tap here to scan it.</source>
        <translation>如適用：點擊這裡掃描。</translation>
    </message>
</context>
<context>
    <name>StaffExitScreen</name>
    <message>
        <source>No exit PIN is set up on this kiosk (exit_pin_hash).</source>
        <translation>本機未設定退出密碼（exit_pin_hash）。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a minute.</source>
        <translation>密碼錯誤次數過多，請一分鐘後再試。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密碼錯誤。</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>工作人員：退出自助終端</translation>
    </message>
    <message>
        <source>Enter the exit PIN to close the kiosk program.</source>
        <translation>輸入退出密碼以關閉自助終端程式。</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>退出密碼</translation>
    </message>
    <message>
        <source>Four to eight digits.</source>
        <translation>4 到 8 位數字。</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Closes the kiosk program.</source>
        <translation>關閉自助終端程式。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首頁。</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>No green channel for this service</source>
        <translation>此項業務不設綠色通道</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>領取{name}的排隊號。{detail}。</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>按業務取號</translation>
    </message>
    <message>
        <source>Shows the services to choose from.</source>
        <translation>顯示可選的業務。</translation>
    </message>
    <message>
        <source>By item name</source>
        <translation>按事項名稱</translation>
    </message>
    <message>
        <source>Find the item by typing its name or pinyin initials.</source>
        <translation>輸入事項名稱或拼音首字母查詢。</translation>
    </message>
    <message>
        <source>Green channel: on</source>
        <translation>綠色通道：已開啟</translation>
    </message>
    <message>
        <source>Green channel (elderly, disabled, pregnant)</source>
        <translation>綠色通道（老年人、殘疾人、孕婦）</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>綠色通道</translation>
    </message>
    <message>
        <source>For elderly, disabled or pregnant people: served first. Tap to turn on or off.</source>
        <translation>老年人、殘疾人、孕婦優先辦理。點一下開啟或關閉。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一個頁面。</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>請選擇業務</translation>
    </message>
    <message>
        <source>Tap a service to take a number.</source>
        <translation>點選業務即可取號。</translation>
    </message>
    <message>
        <source>Find your item</source>
        <translation>查詢事項</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>輸入名稱的一部分或拼音首字母，然後點選事項。</translation>
    </message>
    <message>
        <source>Green channel is on: you will be served first.</source>
        <translation>綠色通道已開啟，您將優先辦理。</translation>
    </message>
</context>
<context>
    <name>TapToHear</name>
    <message>
        <source>{what}. Tap again to choose it.</source>
        <translation>{what}。再按一次確認。</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>印表機缺紙。</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>印表機沒有響應。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>印表機蓋未關好。</translation>
    </message>
    <message>
        <source>The printer has a fault.</source>
        <translation>印表機故障。</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please remember your number {number}.</source>
        <translation>本機沒有印表機，請記住您的號碼 {number}。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在列印號票…</translation>
    </message>
    <message>
        <source>{fault} Your ticket could not be printed, but your number {number} is kept: please remember it or take a photo. The staff have been told.</source>
        <translation>{fault}號票未能列印，但您的號碼 {number} 已保留有效，請記住或拍照。已通知工作人員。</translation>
    </message>
    <message>
        <source>Printed. Please take your ticket from the slot below.</source>
        <translation>列印完成，請從下方出票口取走號票。</translation>
    </message>
    <message>
        <source>Lunch break: numbers for this service are called again from {time}.</source>
        <translation>午休時間，本業務 {time} 恢復叫號。</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>前面還有</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>取號時間</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>號票二維碼</translation>
    </message>
    <message>
        <source>A QR code of your ticket.</source>
        <translation>您的號票二維碼。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首頁。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再列印一張</translation>
    </message>
    <message>
        <source>Prints the ticket once more.</source>
        <translation>再列印一張號票。</translation>
    </message>
    <message>
        <source>See the queue</source>
        <translation>檢視排隊情況</translation>
    </message>
    <message>
        <source>Shows how many are waiting for each service.</source>
        <translation>顯示各項業務的等候人數。</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>您的號票</translation>
    </message>
    <message>
        <source>No ticket is shown.</source>
        <translation>沒有顯示號票。</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>nobody, you are next</source>
        <translation>無，下一個就是您</translation>
    </message>
    <message>
        <source>Green channel: served first</source>
        <translation>綠色通道：優先辦理</translation>
    </message>
    <message>
        <source>Appointment: served first</source>
        <translation>預約：優先辦理</translation>
    </message>
    <message>
        <source>Offline number: valid as usual</source>
        <translation>離線號碼：照常有效</translation>
    </message>
    <message>
        <source>This kiosk is offline: people ahead and the wait are estimates.</source>
        <translation>本機暫時離線：前面人數和等候時間為估計值。</translation>
    </message>
    <message>
        <source>This kiosk is offline: queue figures as of {n} min ago.</source>
        <translation>本機暫時離線：排隊資料為 {n} 分鐘前的情況。</translation>
    </message>
    <message>
        <source>Your number is {number}, {category}. {ahead}, {wait}.</source>
        <translation>您的號碼是 {number}，{category}。{ahead}，{wait}。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Shows the kiosk in this language.</source>
        <translation>切換到這種語言。</translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation>標準模式</translation>
    </message>
    <message>
        <source>Leave elder mode</source>
        <translation>退出長輩模式</translation>
    </message>
    <message>
        <source>Back to standard text size; screens are no longer read aloud.</source>
        <translation>恢復標準字號，不再自動朗讀。</translation>
    </message>
    <message>
        <source>Elder mode · large text, read aloud</source>
        <translation>長輩模式 · 大字朗讀</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>長輩模式</translation>
    </message>
    <message>
        <source>Large text, high contrast, and every screen read aloud.</source>
        <translation>大字、高對比度，每個頁面自動朗讀。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首頁。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Nobody ahead of you</source>
        <translation>前面沒有人</translation>
    </message>
    <message>
        <source>{n} ahead of you</source>
        <translation>前面 {n} 人</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>等候 {n} 人</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>下一個就是您</translation>
    </message>
    <message>
        <source>about {m} min</source>
        <translation>約 {m} 分鐘</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>約 {h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>{month}/{day} {weekday}</source>
        <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>正常時段</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>延時錯時</translation>
    </message>
    <message>
        <source>Holiday opening</source>
        <translation>節假日服務</translation>
    </message>
</context>
</TS>
